package org.dutyboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.ConfigMappings;
import io.smallrye.config.ConfigMappings.ConfigClass;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dutyboard.common.error.ErrorCode;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/ in step with the code: the package map, the configuration table, the ErrorCode table
 * and every relative link of README.md and docs/*.md. Each failure lists exactly what is missing
 * from the docs and what the docs list that does not exist.
 */
class DocsConsistencyTest {

  private static final Path ROOT = projectRoot();
  private static final Path MAIN_JAVA = ROOT.resolve("backend/src/main/java");
  private static final Path PROPERTIES =
      ROOT.resolve("backend/src/main/resources/application.properties");

  /** A mapping's prefix and the name of the interface it annotates (maybe nested in the file's). */
  private static final Pattern MAPPING =
      Pattern.compile(
          "@ConfigMapping\\(\\s*prefix\\s*=\\s*\"([^\"]+)\"[^)]*\\)[^{;]*?\\binterface\\s+(\\w+)");

  private static final Pattern CONFIG_PROPERTY =
      Pattern.compile("@ConfigProperty\\([^)]*?\\bname\\s*=\\s*\"([^\"]+)\"");
  private static final Pattern PROFILE = Pattern.compile("^%[^.]+\\.");

  @Test
  void packageMapListsExactlyTheBackendPackages() throws IOException {
    Set<String> existing;
    try (Stream<Path> files = Files.walk(MAIN_JAVA.resolve("org/dutyboard"))) {
      existing =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .map(f -> MAIN_JAVA.relativize(f.getParent()).toString().replace('/', '.'))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> documented =
        Markdown.firstCodeCells(Markdown.section(read("docs/contributors.md"), "Package map"));
    assertSame("docs/contributors.md, section \"Package map\"", "package", existing, documented);
  }

  @Test
  void configurationTableListsExactlyTheKeysThatExist() throws Exception {
    Set<String> dutyboardKeys = new TreeSet<>(mappingKeys());
    Set<String> mustBeDocumented = new TreeSet<>(annotatedPropertyNames());
    mustBeDocumented.addAll(propertiesKeys());
    mustBeDocumented = underMapKeys(mustBeDocumented, dutyboardKeys);
    mustBeDocumented.stream().filter(k -> k.startsWith("dutyboard.")).forEach(dutyboardKeys::add);
    mustBeDocumented.addAll(dutyboardKeys);

    String doc = read("docs/configuration.md");
    Set<String> documented = Markdown.firstCodeCells(doc);
    Set<String> missing = difference(mustBeDocumented, documented);
    Set<String> unknown =
        difference(documented, dutyboardKeys).stream()
            .filter(k -> k.startsWith("dutyboard."))
            .collect(Collectors.toCollection(TreeSet::new));
    assertTrue(
        missing.isEmpty() && unknown.isEmpty(),
        "docs/configuration.md: keys missing from the table "
            + missing
            + "; dutyboard keys in the table that no code reads "
            + unknown);

    List<String> wrongEnv = new ArrayList<>();
    for (List<String> row : Markdown.tableRows(doc)) {
      String key = Markdown.unquote(row.get(0));
      String env = row.size() > 1 ? Markdown.unquote(row.get(1)) : "";
      // a map (key.*) has no single variable; its row says how to set entries
      if (key.startsWith("dutyboard.") && !key.endsWith(".*") && !env.equals(envName(key))) {
        wrongEnv.add(key + " -> " + env + " (expected " + envName(key) + ")");
      }
    }
    assertEquals(List.of(), wrongEnv, "docs/configuration.md: wrong environment variable names");
  }

  @Test
  void errorCodeTableListsEveryErrorCode() throws IOException {
    Set<String> existing =
        Arrays.stream(ErrorCode.values())
            .map(Enum::name)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> documented =
        Markdown.firstCodeCells(Markdown.section(read("docs/api.md"), "Error codes"));
    assertSame("docs/api.md, section \"Error codes\"", "error code", existing, documented);
  }

  @Test
  void relativeLinksOfReadmeAndDocsResolve() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    List<String> broken = new ArrayList<>();
    for (Path page : pages) {
      for (String link : Markdown.links(Files.readString(page))) {
        String problem = Markdown.brokenLink(page, link);
        if (problem != null) {
          broken.add(ROOT.relativize(page) + ": " + link + " (" + problem + ")");
        }
      }
    }
    assertEquals(List.of(), broken, "Broken relative links");
  }

  /** Full keys of every {@code @ConfigMapping} in backend main code, as SmallRye maps them. */
  private static Set<String> mappingKeys() throws Exception {
    Set<String> keys = new TreeSet<>();
    for (Path source : mainSources()) {
      Matcher m = MAPPING.matcher(Files.readString(source));
      while (m.find()) {
        String fileClass =
            MAIN_JAVA.relativize(source).toString().replace('/', '.').replaceAll("\\.java$", "");
        String className =
            fileClass.endsWith("." + m.group(2)) ? fileClass : fileClass + "$" + m.group(2);
        ConfigClass mapping = ConfigClass.configClass(Class.forName(className), m.group(1));
        ConfigMappings.getProperties(mapping).keySet().stream()
            .map(k -> k.replace("[*]", "")) // a list is set as one comma-separated value
            .forEach(keys::add);
      }
    }
    return keys;
  }

  private static Set<String> annotatedPropertyNames() throws IOException {
    Set<String> names = new TreeSet<>();
    for (Path source : mainSources()) {
      Matcher m = CONFIG_PROPERTY.matcher(Files.readString(source));
      while (m.find()) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  /**
   * Keys with each entry of a map mapping ({@code a.b."x"}) replaced by the map's key ({@code
   * a.b.*}): the table documents the map once, not the example entries a profile sets.
   */
  private static Set<String> underMapKeys(Set<String> keys, Set<String> mappingKeys) {
    List<String> maps =
        mappingKeys.stream()
            .filter(k -> k.endsWith(".*"))
            .map(k -> k.substring(0, k.length() - 1))
            .toList();
    return keys.stream()
        .map(k -> maps.stream().filter(k::startsWith).findFirst().map(m -> m + "*").orElse(k))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Every key application.properties sets, for any profile, without the profile prefix. */
  private static Set<String> propertiesKeys() throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(PROPERTIES)) {
      properties.load(reader);
    }
    return properties.stringPropertyNames().stream()
        .map(k -> PROFILE.matcher(k).replaceFirst(""))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<Path> mainSources() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN_JAVA)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }

  /** The environment variable MicroProfile Config maps to a key. */
  private static String envName(String key) {
    return key.toUpperCase().replaceAll("[^A-Z0-9]", "_");
  }

  private static void assertSame(
      String where, String what, Set<String> existing, Set<String> documented) {
    Set<String> missing = difference(existing, documented);
    Set<String> extra = difference(documented, existing);
    assertTrue(
        missing.isEmpty() && extra.isEmpty(),
        where
            + ": add the missing "
            + what
            + " entries "
            + missing
            + "; remove the entries that do not exist "
            + extra);
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> result = new TreeSet<>(a);
    result.removeAll(b);
    return result;
  }

  private static String read(String relative) throws IOException {
    return Files.readString(ROOT.resolve(relative));
  }

  private static Path projectRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("backend/pom.xml"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("Run from inside the project (no backend/pom.xml above)");
    }
    return dir;
  }
}
