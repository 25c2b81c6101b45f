package org.dutyboard.publish;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Serves the live version of an atomically published site (the status site, the weekly report)
 * read-only. Each request resolves the {@code current} symlink anew, so a publish switches all
 * later requests at once. Only regular files inside the live version are served; anything else is
 * 404.
 */
public final class PublishedFiles {
  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("json", "application/json"),
          Map.entry("atom", "application/atom+xml; charset=utf-8"),
          Map.entry("rss", "application/rss+xml; charset=utf-8"),
          Map.entry("ics", "text/calendar; charset=utf-8"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("webp", "image/webp"),
          Map.entry("txt", "text/plain; charset=utf-8"));

  private final Path outputDir;
  private final String cacheControl;
  private final String notPublished;

  /**
   * @param outputDir the directory holding {@code current} and {@code versions/}
   * @param cacheControl the Cache-Control header of served files
   * @param notPublished the 404 message before the first publish
   */
  public PublishedFiles(Path outputDir, String cacheControl, String notPublished) {
    this.outputDir = outputDir;
    this.cacheControl = cacheControl;
    this.notPublished = notPublished;
  }

  /** The file at {@code path} (relative to the site root) of the request {@code uri}. */
  public Response serve(String path, UriInfo uri) throws IOException {
    String requested = uri.getRequestUri().getRawPath();
    if (path.isEmpty() && !requested.endsWith("/")) {
      // The site's links are relative: it must be browsed under its directory.
      return Response.status(Response.Status.MOVED_PERMANENTLY)
          .location(URI.create(requested + "/"))
          .build();
    }
    Path current = outputDir.resolve("current");
    if (!Files.exists(current)) {
      return notFound(notPublished);
    }
    Path root = current.toRealPath();
    Path file = root.resolve(path).normalize();
    if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
      file = file.resolve("index.html");
    }
    if (!file.startsWith(root) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return notFound("No such page.");
    }
    return Response.ok(file.toFile(), contentType(file.getFileName().toString()))
        .header("Cache-Control", cacheControl)
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  /** The Content-Type of a published file by its name's extension; binary when unknown. */
  public static String contentType(String name) {
    String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, MediaType.APPLICATION_OCTET_STREAM);
  }

  private static Response notFound(String message) {
    return Response.status(Response.Status.NOT_FOUND)
        .type(MediaType.TEXT_PLAIN_TYPE)
        .entity(message)
        .build();
  }
}
