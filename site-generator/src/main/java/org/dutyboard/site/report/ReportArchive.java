package org.dutyboard.site.report;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dutyboard.site.publish.AtomicPublisher;
import org.dutyboard.site.publish.VersionedDirectory;

/**
 * The published weekly duty report: every reported week of every team, published atomically like
 * the status site ({@link VersionedDirectory}: versioned directory, validation, atomic switch).
 *
 * <p>Published weeks are stable: a new version starts as a byte-for-byte copy of the live one, and
 * a week whose page exists is written again only when asked to ({@link Mode#REPLACE}). The indexes
 * and the stylesheet are rendered anew each time from {@code weeks.json}, the list of published
 * weeks that every version carries.
 */
public final class ReportArchive {

  /** What to do with a week that is already published. */
  public enum Mode {
    /** Leave it as published (the scheduled production). */
    KEEP_EXISTING,
    /** Render it again from the new data (an explicit re-render). */
    REPLACE
  }

  /**
   * The outcome of one publish.
   *
   * @param published whether a new version went live
   * @param written the weeks rendered by this publish (empty when nothing was to do)
   */
  public record Publication(boolean published, List<ReportEntry> written) {}

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private final VersionedDirectory directory;
  private final WeeklyReportRenderer renderer = new WeeklyReportRenderer();
  private final int keepVersions;

  public ReportArchive(Path root, int keepVersions) {
    if (keepVersions < 1) {
      throw new IllegalArgumentException("keepVersions must be at least 1");
    }
    this.directory = new VersionedDirectory(root);
    this.keepVersions = keepVersions;
  }

  /** The live version directory, if any has been published. */
  public Optional<Path> liveVersion() throws IOException {
    return directory.liveVersion();
  }

  /** The weeks of the live version, as listed in its {@code weeks.json}. */
  public List<ReportEntry> published() throws IOException {
    Optional<Path> live = directory.liveVersion();
    return live.isPresent() ? read(live.get()) : List.of();
  }

  /**
   * Publishes {@code reports} (at most one per team and meeting date) into a new version, unless
   * every one of them is already published and {@code mode} keeps existing weeks. {@code now} names
   * the version.
   */
  public Publication publish(List<WeeklyReport> reports, Mode mode, Instant now)
      throws IOException {
    return directory.locked(() -> publishLocked(reports, mode, now));
  }

  private Publication publishLocked(List<WeeklyReport> reports, Mode mode, Instant now)
      throws IOException {
    Optional<Path> live = directory.liveVersion();
    List<ReportEntry> entries = new ArrayList<>(live.isPresent() ? read(live.get()) : List.of());
    List<WeeklyReport> toWrite = new ArrayList<>();
    for (WeeklyReport report : reports) {
      ReportEntry entry = ReportEntry.of(report);
      boolean exists = entries.stream().anyMatch(entry::sameWeek);
      if (toWrite.stream().map(ReportEntry::of).anyMatch(entry::sameWeek)) {
        throw new IllegalArgumentException("two reports for " + entry.path());
      }
      if (!exists || mode == Mode.REPLACE) {
        entries.removeIf(entry::sameWeek);
        entries.add(entry);
        toWrite.add(report);
      }
    }
    if (toWrite.isEmpty()) {
      return new Publication(false, List.of());
    }
    byte[] manifest = JSON.writeValueAsBytes(WeeklyReportRenderer.sorted(entries));
    String name = AtomicPublisher.VERSION_TIME.format(now) + "-" + shortHash(manifest, toWrite);
    directory.publish(
        name,
        staging -> {
          if (live.isPresent()) {
            copyTree(live.get(), staging);
          } else {
            Files.createDirectories(staging);
          }
          write(staging, toWrite, manifest, entries);
        },
        keepVersions);
    return new Publication(true, toWrite.stream().map(ReportEntry::of).toList());
  }

  private void write(
      Path dir, List<WeeklyReport> reports, byte[] manifest, List<ReportEntry> entries)
      throws IOException {
    for (WeeklyReport report : reports) {
      writeString(
          dir, ReportPaths.week(report.teamSlug(), report.meetingDate()), renderer.week(report));
    }
    for (var team : WeeklyReportRenderer.byTeam(entries).entrySet()) {
      writeString(dir, ReportPaths.team(team.getKey()), renderer.team(team.getValue()));
    }
    writeString(dir, ReportPaths.INDEX, renderer.index(entries));
    writeString(dir, renderer.cssPath(), renderer.css());
    Files.write(dir.resolve(ReportPaths.MANIFEST), manifest);
  }

  private static void writeString(Path dir, String path, String content) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  private static List<ReportEntry> read(Path version) throws IOException {
    Path manifest = version.resolve(ReportPaths.MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      return List.of();
    }
    return JSON.readValue(manifest.toFile(), new TypeReference<List<ReportEntry>>() {});
  }

  /** Copies the live version so published weeks carry over unchanged, byte for byte. */
  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
  }

  /** Distinguishes versions published within the same millisecond. */
  private static String shortHash(byte[] manifest, List<WeeklyReport> written) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(manifest);
      written.forEach(r -> sha.update(r.toString().getBytes(StandardCharsets.UTF_8)));
      return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
