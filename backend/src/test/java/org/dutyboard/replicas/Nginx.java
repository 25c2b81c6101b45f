package org.dutyboard.replicas;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Debian's nginx as the round-robin proxy in front of two replicas. Like a load balancer without
 * health checks, it retries an idempotent request on the other replica when a connection is refused
 * or a replica answers 502/503 while it stops.
 */
final class Nginx {
  final int port;
  private final Process process;

  private Nginx(int port, Process process) {
    this.port = port;
    this.process = process;
  }

  static Nginx start(Path dir, int first, int second) throws Exception {
    Files.createDirectories(dir.resolve("logs"));
    int port = Replica.freePort();
    String config =
        """
        daemon off;
        worker_processes 1;
        pid %1$s/nginx.pid;
        error_log %1$s/logs/error.log warn;
        events { worker_connections 256; }
        http {
          access_log off;
          client_body_temp_path %1$s/body;
          proxy_temp_path %1$s/proxy;
          fastcgi_temp_path %1$s/fastcgi;
          uwsgi_temp_path %1$s/uwsgi;
          scgi_temp_path %1$s/scgi;
          upstream dutyboard {
            server 127.0.0.1:%2$d max_fails=0;
            server 127.0.0.1:%3$d max_fails=0;
          }
          server {
            listen 127.0.0.1:%4$d;
            location / {
              proxy_pass http://dutyboard;
              proxy_connect_timeout 2s;
              proxy_next_upstream error timeout http_502 http_503;
              proxy_next_upstream_tries 2;
            }
          }
        }
        """
            .formatted(dir.toAbsolutePath(), first, second, port);
    Path file = dir.resolve("nginx.conf");
    Files.writeString(file, config);
    Process process =
        new ProcessBuilder(
                "/usr/sbin/nginx",
                "-p",
                dir.toAbsolutePath().toString(),
                "-c",
                file.toAbsolutePath().toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("logs/stdout.log").toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      try (Socket probe = new Socket("127.0.0.1", port)) {
        return new Nginx(port, process);
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    process.destroyForcibly();
    throw new AssertionError("nginx did not start; see " + dir.resolve("logs"));
  }

  void stop() throws InterruptedException {
    process.destroy();
    process.waitFor(10, TimeUnit.SECONDS);
  }
}
