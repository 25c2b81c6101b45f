package org.dutyboard.publish.target;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dutyboard.site.render.AssetNames;

/** Small status-site versions written the way the site generator lays them out. */
final class SiteVersions {
  private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"#?]+)\"");

  private SiteVersions() {}

  /** Version 1: stylesheet A, incident 1. */
  static Path v1(Path dir) throws IOException {
    return write(dir, "body{color:#111}", "1", "All systems operational");
  }

  /** Version 2: stylesheet B (new name), incident 2 instead of 1. */
  static Path v2(Path dir) throws IOException {
    return write(dir, "body{color:#222}", "2", "Partial outage");
  }

  private static Path write(Path dir, String css, String incident, String banner)
      throws IOException {
    String cssPath = AssetNames.hashed("site", "css", css);
    String logoPath =
        AssetNames.hashed("logo", "svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    Map<String, String> files = new LinkedHashMap<>();
    files.put(cssPath, css);
    files.put(logoPath, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    files.put(
        "index.html",
        page("", cssPath, logoPath, banner)
            + "<a href=\"incidents/"
            + incident
            + ".html\">incident</a><a href=\"history/index.html\">history</a>"
            + "<a href=\"history.atom\">atom</a><a href=\"history.rss\">rss</a>"
            + "<a href=\"maintenance.ics\">ics</a><img src=\"badge.svg\" alt=\"\">");
    files.put("incidents/" + incident + ".html", page("../", cssPath, logoPath, banner));
    files.put(
        "history/index.html",
        page("../", cssPath, logoPath, "History")
            + "<a href=\"../incidents/"
            + incident
            + ".html\">incident</a>");
    files.put("history.atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\">" + banner + "</feed>");
    files.put("history.rss", "<rss version=\"2.0\"><channel>" + banner + "</channel></rss>");
    files.put("maintenance.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n");
    files.put(
        "badge.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>" + banner + "</text></svg>");
    files.put("api/v2/status.json", "{\"status\":{\"description\":\"" + banner + "\"}}");
    files.put("generated.json", "{\"banner\":\"" + banner + "\"}");
    for (var file : files.entrySet()) {
      Path path = dir.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
    }
    return dir;
  }

  private static String page(String root, String css, String logo, String banner) {
    return "<!doctype html><html lang=\"en\"><head><link rel=\"stylesheet\" href=\""
        + root
        + css
        + "\"></head><body><img src=\""
        + root
        + logo
        + "\" alt=\"\"><h1>"
        + banner
        + "</h1>";
  }

  /** The site paths an HTML file at {@code sitePath} links to, resolved against it. */
  static java.util.List<String> links(String sitePath, String html) {
    java.util.List<String> links = new java.util.ArrayList<>();
    Matcher m = LINK.matcher(html);
    java.net.URI base = java.net.URI.create("http://site/" + sitePath);
    while (m.find()) {
      links.add(base.resolve(m.group(1)).getPath().substring(1));
    }
    return links;
  }

  static Optional<String> read(Path version, String sitePath) throws IOException {
    Path file = version.resolve(sitePath);
    return Files.isRegularFile(file) ? Optional.of(Files.readString(file)) : Optional.empty();
  }
}
