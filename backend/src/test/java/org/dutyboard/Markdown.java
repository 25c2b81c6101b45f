package org.dutyboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The little Markdown reading {@link DocsConsistencyTest} needs: sections, tables, links. */
final class Markdown {

  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern FENCE = Pattern.compile("(?ms)^```.*?^```[^\\n]*$");
  private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  private static final Pattern CODE_CELL = Pattern.compile("^`([^`]+)`$");

  private Markdown() {}

  /** The text under the heading titled {@code title}, up to the next heading of its level. */
  static String section(String doc, String title) {
    List<String> lines = Arrays.asList(withoutFences(doc).split("\n", -1));
    StringBuilder out = new StringBuilder();
    int level = 0;
    for (String line : lines) {
      Matcher h = HEADING.matcher(line);
      if (h.matches() && level > 0 && h.group(1).length() <= level) {
        break;
      }
      if (level > 0) {
        out.append(line).append('\n');
      } else if (h.matches() && h.group(2).equals(title)) {
        level = h.group(1).length();
      }
    }
    if (level == 0) {
      throw new AssertionError("No section titled \"" + title + "\"");
    }
    return out.toString();
  }

  /** Table rows whose first cell is one code span, split into trimmed cells. */
  static List<List<String>> tableRows(String text) {
    List<List<String>> rows = new ArrayList<>();
    for (String line : withoutFences(text).split("\n")) {
      String trimmed = line.strip();
      if (!trimmed.startsWith("|")) {
        continue;
      }
      List<String> cells = new ArrayList<>();
      for (String cell : trimmed.substring(1).split("\\|", -1)) {
        cells.add(cell.strip());
      }
      if (CODE_CELL.matcher(cells.get(0)).matches()) {
        rows.add(cells);
      }
    }
    return rows;
  }

  /** The code spans that open table rows ({@code | `key` | ...}). */
  static Set<String> firstCodeCells(String text) {
    Set<String> values = new TreeSet<>();
    tableRows(text).forEach(row -> values.add(unquote(row.get(0))));
    return values;
  }

  static String unquote(String cell) {
    Matcher m = CODE_CELL.matcher(cell.strip());
    return m.matches() ? m.group(1) : cell.strip();
  }

  /** Link targets outside code, e.g. {@code docs/api.md#errors}. */
  static List<String> links(String doc) {
    String text = INLINE_CODE.matcher(withoutFences(doc)).replaceAll("");
    List<String> links = new ArrayList<>();
    Matcher m = LINK.matcher(text);
    while (m.find()) {
      links.add(m.group(1));
    }
    return links;
  }

  /** Why a link from {@code page} does not resolve, or null when it does (or is absolute). */
  static String brokenLink(Path page, String link) {
    if (link.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
      return null;
    }
    int hash = link.indexOf('#');
    String file = hash < 0 ? link : link.substring(0, hash);
    Path target = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
    if (!Files.exists(target)) {
      return "no such file";
    }
    if (hash < 0 || !target.toString().endsWith(".md")) {
      return null;
    }
    try {
      String anchor = link.substring(hash + 1);
      return anchors(Files.readString(target)).contains(anchor) ? null : "no such heading";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens, -1 for repeats.
   */
  static Set<String> anchors(String doc) {
    Set<String> anchors = new LinkedHashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    for (String line : withoutFences(doc).split("\n")) {
      Matcher h = HEADING.matcher(line);
      if (!h.matches()) {
        continue;
      }
      String slug =
          h.group(2)
              .toLowerCase(Locale.ROOT)
              .replaceAll("[^\\p{L}\\p{N} _-]", "")
              .replace(' ', '-');
      int count = seen.merge(slug, 1, Integer::sum);
      anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
    }
    return anchors;
  }

  private static String withoutFences(String doc) {
    return FENCE.matcher(doc).replaceAll("");
  }
}
