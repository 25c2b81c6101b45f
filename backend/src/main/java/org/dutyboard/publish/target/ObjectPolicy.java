package org.dutyboard.publish.target;

import java.util.Comparator;
import java.util.List;
import org.dutyboard.publish.PublishedFiles;
import org.dutyboard.site.render.AssetNames;

/**
 * Headers and upload order of a site's objects. Content-hashed assets never change under their
 * name, so a CDN may keep them for a year; everything else (pages, the JSON API, feeds, calendar,
 * badge) is an entry point that must pick up a new version within a minute.
 */
public final class ObjectPolicy {

  /** Cache-Control of entry points. */
  public static final String SHORT = "public, max-age=60";

  /** Cache-Control of content-hashed assets. */
  public static final String IMMUTABLE = "public, max-age=31536000, immutable";

  private ObjectPolicy() {}

  /**
   * The Content-Type. HTML goes as plain {@code text/html} (every page declares {@code <meta
   * charset="utf-8">}): Jetty-based stores such as s3proxy rewrite a {@code text/html} type with a
   * charset before checking the request signature, and then refuse the upload.
   */
  public static String contentType(String sitePath) {
    return sitePath.endsWith(".html")
        ? "text/html"
        : PublishedFiles.contentType(sitePath.substring(sitePath.lastIndexOf('/') + 1));
  }

  public static String cacheControl(String sitePath) {
    return AssetNames.isContentHashed(sitePath) ? IMMUTABLE : SHORT;
  }

  /**
   * {@code paths} in an order in which nothing is written before what it links to: hashed assets,
   * then data files (JSON, feeds, calendar, badge), then pages, then index pages from the deepest
   * up to the site's {@code index.html}, and the heartbeat {@code generated.json} last, so it names
   * a version only once that version is complete. Ties are sorted by path.
   */
  public static List<String> uploadOrder(List<String> paths) {
    return paths.stream()
        .sorted(
            Comparator.comparingInt(ObjectPolicy::tier)
                .thenComparing(p -> -depth(p))
                .thenComparing(Comparator.naturalOrder()))
        .toList();
  }

  private static int tier(String path) {
    if (AssetNames.isContentHashed(path)) {
      return 0;
    }
    if (path.equals("generated.json")) {
      return 5;
    }
    if (path.equals("index.html")) {
      return 4;
    }
    if (path.endsWith("/index.html")) {
      return 3;
    }
    return path.endsWith(".html") ? 2 : 1;
  }

  private static int depth(String path) {
    return (int) path.chars().filter(c -> c == '/').count();
  }
}
