package org.dutyboard.site.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Serves a rendered site over HTTP on the loopback interface, as a CDN would (GET only, {@code
 * index.html} for directories), and records which paths were asked for.
 */
public final class StaticSiteServer implements AutoCloseable {
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "json", "application/json",
          "svg", "image/svg+xml",
          "png", "image/png",
          "atom", "application/atom+xml",
          "rss", "application/rss+xml",
          "ics", "text/calendar; charset=utf-8");

  private final Path root;
  private final HttpServer server;
  private final List<String> served = new CopyOnWriteArrayList<>();

  private StaticSiteServer(Path root) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  public static StaticSiteServer serve(Path root) throws IOException {
    return new StaticSiteServer(root);
  }

  /** Base URL, e.g. {@code http://127.0.0.1:41234/}. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  /** Paths requested so far, in order, e.g. {@code /index.html}. */
  public List<String> served() {
    return List.copyOf(served);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      served.add(path);
      Path file = root.resolve(path.substring(1)).normalize();
      if (Files.isDirectory(file)) {
        file = file.resolve("index.html");
      }
      if (!"GET".equals(exchange.getRequestMethod())
          || !file.startsWith(root)
          || !Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      String name = file.getFileName().toString();
      String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      exchange
          .getResponseHeaders()
          .set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
      byte[] body = Files.readAllBytes(file);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
