package org.dutyboard.publish;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Serves the live version of a published site (the status site, the weekly report) read-only from
 * the database every replica shares ({@link PublishedSites}), so all replicas answer alike and a
 * publish switches all later requests at once. Folder URLs without their trailing slash redirect
 * (the sites' links are relative); paths with control characters are refused with 400.
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

  private static final String INDEX = "index.html";

  private final PublishedSites sites;
  private final String site;
  private final String cacheControl;
  private final String notPublished;
  private final Map<String, String> headers;

  /**
   * @param site the site's key in {@link PublishedSites}
   * @param cacheControl the Cache-Control header of served files
   * @param notPublished the 404 message before the first publish
   * @param headers further headers of served files (e.g. CORS)
   */
  public PublishedFiles(
      PublishedSites sites,
      String site,
      String cacheControl,
      String notPublished,
      Map<String, String> headers) {
    this.sites = sites;
    this.site = site;
    this.cacheControl = cacheControl;
    this.notPublished = notPublished;
    this.headers = headers;
  }

  /** The file at {@code path} (relative to the site root) of the request {@code uri}. */
  public Response serve(String path, UriInfo uri, Request request) {
    if (path.chars().anyMatch(Character::isISOControl)) {
      return plain(Response.Status.BAD_REQUEST, "Bad path.");
    }
    String requested = uri.getRequestUri().getRawPath();
    Optional<PublishedSites.Live> live = sites.live(site);
    if (live.isEmpty()) {
      return plain(Response.Status.NOT_FOUND, notPublished);
    }
    Map<String, String> files = sites.manifest(site, live.get().version()).files();
    // The path parameter loses a trailing slash; the raw request path keeps it.
    boolean folder = path.isEmpty() || requested.endsWith("/");
    String folderIndex = path.isEmpty() || path.endsWith("/") ? path + INDEX : path + "/" + INDEX;
    String sha = files.get(folder ? folderIndex : path);
    if ((sha == null && !folder && files.containsKey(path + "/" + INDEX))
        || (path.isEmpty() && !requested.endsWith("/"))) {
      // Relative links resolve against the folder only when its URL ends with a slash. The
      // Location is relative too, so the redirect holds behind a proxy that serves under a path.
      return Response.status(Response.Status.MOVED_PERMANENTLY)
          .header("Location", requested.substring(requested.lastIndexOf('/') + 1) + "/")
          .build();
    }
    if (sha == null) {
      return plain(Response.Status.NOT_FOUND, "No such page.");
    }
    EntityTag tag = new EntityTag(sha);
    Response.ResponseBuilder response = request.evaluatePreconditions(tag);
    if (response == null) {
      response = Response.ok(sites.blob(sha), contentType(folder ? INDEX : path));
    }
    response
        .tag(tag)
        .header("Cache-Control", cacheControl)
        .header("X-Content-Type-Options", "nosniff");
    headers.forEach(response::header);
    return response.build();
  }

  /** The Content-Type of a published file by its name's extension; binary when unknown. */
  public static String contentType(String name) {
    String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, MediaType.APPLICATION_OCTET_STREAM);
  }

  private static Response plain(Response.Status status, String message) {
    return Response.status(status).type(MediaType.TEXT_PLAIN_TYPE).entity(message).build();
  }
}
