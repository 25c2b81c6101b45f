package org.dutyboard.site.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.dutyboard.site.model.SnapshotJson;
import org.dutyboard.site.model.StatusSnapshot;
import org.dutyboard.site.publish.AtomicPublisher;
import org.dutyboard.site.publish.PublishException;
import org.dutyboard.site.publish.PublishResult;
import org.dutyboard.site.publish.SiteValidator;
import org.dutyboard.site.render.SiteRenderer;

/**
 * Renders the status site from an exported snapshot.
 *
 * <pre>
 * java -jar dutyboard-site-generator.jar --snapshot snapshot.json --out DIR [--atomic]
 * </pre>
 *
 * Without {@code --atomic} the site is written straight into DIR (which must be empty or absent)
 * and validated. With {@code --atomic}, DIR is a publishing root: versions/ plus a current symlink
 * switched atomically (see {@link AtomicPublisher}). Exit codes: 0 done, 1 failed, 2 bad usage.
 */
public final class GenerateSite {

  static final String USAGE =
      "usage: java -jar dutyboard-site-generator.jar --snapshot FILE --out DIR [--atomic]";

  /** Held so the level sticks: ical4j announces at INFO that it has no properties file. */
  private static final Logger ICAL4J = Logger.getLogger("net.fortuna.ical4j");

  private GenerateSite() {}

  public static void main(String[] args) {
    ICAL4J.setLevel(Level.WARNING);
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command; returns the exit code instead of exiting, for tests. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(List.of(args));
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(USAGE);
      return 2;
    }
    try {
      StatusSnapshot snapshot = SnapshotJson.read(options.snapshot());
      if (options.atomic()) {
        PublishResult result = new AtomicPublisher(options.out()).publish(snapshot);
        out.println(
            (result.published() ? "published " : "unchanged, still live: ") + result.version());
        return 0;
      }
      if (Files.exists(options.out()) && !isEmptyDirectory(options.out())) {
        err.println(options.out() + " is not empty; use an empty directory or --atomic");
        return 1;
      }
      new SiteRenderer().render(snapshot, options.out());
      List<String> problems = new SiteValidator().problems(options.out());
      problems.forEach(p -> err.println("invalid: " + p));
      out.println("rendered " + options.out());
      return problems.isEmpty() ? 0 : 1;
    } catch (PublishException e) {
      err.println("not published: " + e.getMessage());
      return 1;
    } catch (IOException | RuntimeException e) {
      // Jackson names the field and the constructor check says what is wrong with it.
      err.println("failed: " + e.getMessage());
      return 1;
    }
  }

  private static boolean isEmptyDirectory(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  record Options(Path snapshot, Path out, boolean atomic) {
    static Options parse(List<String> args) {
      Path snapshot = null;
      Path out = null;
      boolean atomic = false;
      for (int i = 0; i < args.size(); i++) {
        String arg = args.get(i);
        switch (arg) {
          case "--snapshot" -> snapshot = Path.of(value(args, ++i, arg));
          case "--out" -> out = Path.of(value(args, ++i, arg));
          case "--atomic" -> atomic = true;
          default -> throw new IllegalArgumentException("unknown argument: " + arg);
        }
      }
      if (snapshot == null || out == null) {
        throw new IllegalArgumentException("--snapshot and --out are required");
      }
      return new Options(snapshot, out, atomic);
    }

    private static String value(List<String> args, int index, String name) {
      if (index >= args.size()) {
        throw new IllegalArgumentException(name + " needs a value");
      }
      return args.get(index);
    }
  }
}
