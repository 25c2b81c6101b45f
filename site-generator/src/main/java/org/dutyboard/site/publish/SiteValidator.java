package org.dutyboard.site.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Checks a rendered site before it goes live: every JSON file parses, every XML file (feeds, badge)
 * is well-formed, and every relative {@code href}/{@code src} in the HTML points to a file inside
 * the site. Absolute URLs, fragments and {@code mailto:} are not followed.
 */
public final class SiteValidator {

  private static final List<String> ATTRIBUTES = List.of("href=\"", "src=\"");
  private static final Pattern EXTERNAL = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//|#)");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** All problems found, in file order; empty when the site is fit to publish. */
  public List<String> problems(Path site) throws IOException {
    Path root = site.toAbsolutePath().normalize();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    // Links are checked against this set rather than with one file system call per link.
    Set<Path> existing = new HashSet<>(files);
    List<String> problems = new ArrayList<>();
    if (!existing.contains(root.resolve("index.html"))) {
      problems.add("index.html is missing");
    }
    // Reading thousands of files is I/O-bound; files are independent, so check them in parallel.
    files.parallelStream()
        .map(file -> check(root, file, existing))
        .forEachOrdered(problems::addAll);
    return problems;
  }

  private static List<String> check(Path root, Path file, Set<Path> existing) {
    String name = file.getFileName().toString();
    String where = root.relativize(file).toString();
    try {
      if (name.endsWith(".json")) {
        JSON.readTree(file.toFile());
      } else if (name.endsWith(".atom") || name.endsWith(".rss") || name.endsWith(".svg")) {
        wellFormed(file);
      } else if (name.endsWith(".html")) {
        return brokenLinks(root, file, existing).stream()
            .map(link -> where + ": broken link " + link)
            .toList();
      }
      return List.of();
    } catch (IOException | XMLStreamException | RuntimeException e) {
      return List.of(where + ": " + e.getMessage());
    }
  }

  private static void wellFormed(Path file) throws IOException, XMLStreamException {
    // A factory per file: factories are not guaranteed to be thread-safe.
    XMLInputFactory xml = XMLInputFactory.newFactory();
    // Our own files never need a DTD; refusing them also rules out external entities.
    xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader reader = xml.createXMLStreamReader(in);
      while (reader.hasNext()) {
        reader.next();
      }
      reader.close();
    }
  }

  /**
   * Scans {@code href="..."} and {@code src="..."} attributes. Our own templates always quote with
   * double quotes, so a plain scan suffices and is much faster than a regular expression over
   * 10,000 pages.
   */
  private static List<String> brokenLinks(Path root, Path page, Set<Path> existing)
      throws IOException {
    String html = Files.readString(page, StandardCharsets.UTF_8);
    List<String> broken = new ArrayList<>();
    for (String attribute : ATTRIBUTES) {
      for (int at = html.indexOf(attribute); at >= 0; at = html.indexOf(attribute, at + 1)) {
        if (at == 0 || !Character.isWhitespace(html.charAt(at - 1))) {
          continue;
        }
        int start = at + attribute.length();
        int end = html.indexOf('"', start);
        String link = html.substring(start, end < 0 ? html.length() : end).replace("&amp;", "&");
        if (!link.isEmpty()
            && !EXTERNAL.matcher(link).find()
            && !resolves(root, page, link, existing)) {
          broken.add(link);
        }
      }
    }
    return broken;
  }

  private static boolean resolves(Path root, Path page, String link, Set<Path> existing) {
    String path = link.replaceFirst("[?#].*$", "");
    Path target = page.getParent().resolve(path).normalize();
    if (path.endsWith("/")
        || (!existing.contains(target) && existing.contains(target.resolve("index.html")))) {
      target = target.resolve("index.html");
    }
    return target.startsWith(root) && existing.contains(target);
  }
}
