package org.dutyboard.site.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dutyboard.site.report.ReportArchive.Mode;
import org.dutyboard.site.report.ReportArchive.Publication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Published weeks stay as they were; new weeks and the indexes go live atomically. */
class ReportArchiveTest {
  static final Instant T1 = Instant.parse("2026-03-30T08:30:00Z");
  static final Instant T2 = Instant.parse("2026-04-06T08:30:00Z");

  @TempDir Path root;

  @Test
  void aPublishedWeekIsNotRewrittenUnlessReplaced() throws IOException {
    ReportArchive archive = new ReportArchive(root, 3);
    WeeklyReport week = SampleReport.week();
    Publication first = archive.publish(List.of(week), Mode.KEEP_EXISTING, T1);
    assertThat(first.published()).isTrue();
    Path page = root.resolve("current/sre-core/2026-03-30.html");
    String published = Files.readString(page);

    // Late edits: the same week now has no maintenance. The published page stays as it was.
    WeeklyReport edited = SampleReport.withoutMaintenance(week);
    Publication again = archive.publish(List.of(edited), Mode.KEEP_EXISTING, T2);
    assertThat(again.published()).isFalse();
    assertThat(Files.readString(page)).isEqualTo(published);

    // A new week goes live next to it; the old page is carried over byte for byte.
    WeeklyReport next = SampleReport.week("sre-core", "SRE Core", LocalDate.of(2026, 4, 6));
    assertThat(archive.publish(List.of(edited, next), Mode.KEEP_EXISTING, T2).written())
        .extracting(ReportEntry::meetingDate)
        .containsExactly(LocalDate.of(2026, 4, 6));
    assertThat(Files.readString(page)).isEqualTo(published);
    assertThat(Files.readString(root.resolve("current/sre-core/index.html")))
        .contains("2026-04-06.html", "2026-03-30.html");
    assertThat(archive.published())
        .extracting(ReportEntry::meetingDate)
        .containsExactly(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 3, 30));

    // Re-rendering on purpose replaces it.
    assertThat(archive.publish(List.of(edited), Mode.REPLACE, T2.plusSeconds(60)).published())
        .isTrue();
    assertThat(Files.readString(page)).isNotEqualTo(published).contains("None scheduled.");
  }

  @Test
  void sameWeeksPublishedTwiceGiveIdenticalFiles() throws IOException {
    List<WeeklyReport> weeks =
        List.of(
            SampleReport.week(),
            SampleReport.week("cloud-vps", "Cloud VPS", LocalDate.of(2026, 3, 30)));
    new ReportArchive(root.resolve("a"), 3).publish(weeks, Mode.KEEP_EXISTING, T1);
    new ReportArchive(root.resolve("b"), 3)
        .publish(List.of(weeks.get(1), weeks.get(0)), Mode.KEEP_EXISTING, T2);
    for (String file :
        List.of(
            "index.html",
            "weeks.json",
            new WeeklyReportRenderer().cssPath(),
            "sre-core/index.html",
            "sre-core/2026-03-30.html",
            "cloud-vps/2026-03-30.html")) {
      assertThat(Files.readAllBytes(root.resolve("b/current/" + file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(root.resolve("a/current/" + file)));
    }
  }
}
