package org.dutyboard.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real S3 API server (s3proxy over a local directory) as a child {@code java -jar} process on a
 * free port. The build copies the jar into {@code target/s3proxy/} ({@code dutyboard.s3proxy.jar});
 * without it the test reports itself skipped. {@link #stop} and {@link #start} keep the port and
 * the stored objects, so a test can take the store away in the middle of a publish.
 */
public final class S3ProxyServer implements AutoCloseable {
  public static final String IDENTITY = "dutyboard-test";
  public static final String CREDENTIAL = "dutyboard-test-secret";

  private final Path jar;
  private final Path dir;
  private final int port;
  private Process process;

  private S3ProxyServer(Path jar, Path dir, int port) {
    this.jar = jar;
    this.dir = dir;
    this.port = port;
  }

  /** Starts a server storing into {@code dir}. */
  public static S3ProxyServer start(Path dir) throws IOException {
    Path jar = Path.of(System.getProperty("dutyboard.s3proxy.jar", "target/s3proxy/s3proxy.jar"));
    assumeTrue(Files.isRegularFile(jar), "s3proxy jar not found at " + jar);
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    S3ProxyServer server = new S3ProxyServer(jar, dir, port);
    server.start();
    return server;
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + port);
  }

  /** (Re)starts the process on the same port and directory; returns once it accepts connections. */
  public void start() throws IOException {
    Files.createDirectories(dir.resolve("data"));
    Path properties = dir.resolve("s3proxy.properties");
    Files.write(
        properties,
        List.of(
            "s3proxy.endpoint=" + endpoint(),
            "s3proxy.authorization=aws-v2-or-v4",
            "s3proxy.identity=" + IDENTITY,
            "s3proxy.credential=" + CREDENTIAL,
            "jclouds.provider=filesystem",
            "jclouds.filesystem.basedir=" + dir.resolve("data")));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    process =
        new ProcessBuilder(
                java, "-Xmx256m", "-jar", jar.toString(), "--properties", properties.toString())
            .redirectErrorStream(true)
            .redirectOutput(Path.of("target", "s3proxy-" + port + ".log").toFile())
            .start();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IOException("s3proxy exited; see target/s3proxy-" + port + ".log");
      }
      try {
        HttpURLConnection c = (HttpURLConnection) endpoint().toURL().openConnection();
        c.setConnectTimeout(500);
        c.setReadTimeout(2000);
        c.getResponseCode(); // any answer (403 without credentials) means it serves requests
        c.disconnect();
        return;
      } catch (IOException notYet) {
        sleep(200);
      }
    }
    throw new IOException("s3proxy did not start within 60 s");
  }

  /** Stops the process (the stored objects stay on disk). */
  public void stop() {
    if (process != null && process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void close() {
    stop();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
