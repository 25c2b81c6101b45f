package org.dutyboard.summary;

import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.dutyboard.common.DataDirConfig;
import org.dutyboard.common.db.AdvisoryLock;
import org.dutyboard.common.db.Entities;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.incident.IncidentAccess;
import org.dutyboard.people.Team;
import org.dutyboard.publish.PublishedSites;
import org.dutyboard.publish.target.PublishTargetException;
import org.dutyboard.publish.target.PublishTargets;
import org.dutyboard.publish.target.SitePush;
import org.dutyboard.site.report.ReportArchive;
import org.dutyboard.site.report.ReportArchive.Mode;
import org.dutyboard.site.report.ReportEntry;
import org.dutyboard.site.report.ReportPaths;
import org.dutyboard.site.report.WeeklyReport;
import org.dutyboard.summary.WeeklyReportPublication.Outcome;
import org.dutyboard.summary.meeting.MeetingWeek;
import org.dutyboard.summary.meeting.TeamMeetingService;
import org.jboss.logging.Logger;

/**
 * Produces the weekly duty report: for every team, each week that ended at a meeting boundary at
 * least {@code delay} ago (back to the horizon) and is not published yet. Published weeks are not
 * rewritten, so late edits do not change them; {@link #republish} re-renders one on purpose. Only
 * one replica produces at a time (a transaction-scoped PostgreSQL advisory lock).
 *
 * <p>The report is written for a reader without special access, whoever triggers it: private
 * incidents appear only as a count.
 */
@ApplicationScoped
public class WeeklyReportPublisher {
  /** Advisory lock key of the weekly report production (arbitrary, fixed). */
  static final long LOCK_KEY = 0x5765656B6C795270L; // "WeeklyRp"

  /** The weekly report's key in {@link PublishedSites}. */
  public static final String SITE = "reports";

  /** The report's audience: a VIEWER who took part in no private incident. */
  static final IncidentAccess.Scope READER = new IncidentAccess.Scope(false, null);

  private static final Logger LOG = Logger.getLogger(WeeklyReportPublisher.class);

  @Inject EntityManager em;
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject WeeklySummaryQueries summaries;
  @Inject TeamMeetingService meetings;
  @Inject WeeklyReportConfig config;
  @Inject PublishTargets targets;
  @Inject PublishedSites sites;
  @Inject Event<WeeklyReportProduced> produced;

  @Inject DataDirConfig dataDir;

  private volatile ReportArchive archive;
  private volatile SitePush push;

  @Scheduled(
      identity = "weekly-report",
      every = "${dutyboard.weekly-report.interval}",
      concurrentExecution = ConcurrentExecution.SKIP)
  void scheduled() {
    try {
      WeeklyReportPublication result = publishDue();
      if (result.outcome() == Outcome.PUBLISHED) {
        LOG.infof("Weekly report published: %s", result.pages());
      }
    } catch (PublishTargetException e) {
      // SitePush has logged it in one line; the next run repairs the target.
    } catch (RuntimeException e) {
      LOG.error("Weekly report production failed; the published report is unchanged", e);
    }
  }

  /** Publishes every due week that is not published yet, if no other replica is at it. */
  @Transactional(dontRollbackOn = PublishTargetException.class)
  public WeeklyReportPublication publishDue() {
    if (!AdvisoryLock.tryForTransaction(em, LOCK_KEY)) {
      return WeeklyReportPublication.lockedElsewhere();
    }
    restoreLive();
    Instant now = clock.instant();
    ReportSchedule schedule = new ReportSchedule(config.delay(), config.horizonWeeks());
    Set<String> published = published().stream().map(ReportEntry::path).collect(Collectors.toSet());
    List<WeeklyReportProduced> due = new ArrayList<>();
    for (Team team : Team.<Team>listAll(Sort.by("name").and("id"))) {
      MeetingWeek rule = meetings.weekRule(team.id);
      String slug = WeeklyReportViews.slug(team.name, team.id);
      for (LocalDate meeting : schedule.due(rule, now, team.createdAt)) {
        if (!published.contains(slug + "/" + meeting + ".html")) {
          due.add(report(team.id, rule, meeting));
        }
      }
    }
    return publish(due, Mode.KEEP_EXISTING, now);
  }

  /**
   * {@code publishWeeklyReport}: renders the week ending at the meeting of {@code meetingDate}
   * again from today's data, replacing its published page. Needs ADMIN; the week must have ended.
   */
  @Transactional(dontRollbackOn = PublishTargetException.class)
  public WeeklyReportPublication republish(UUID teamId, LocalDate meetingDate) {
    caller.require(Role.ADMIN);
    if (meetingDate == null) {
      throw DutyboardException.validation("meetingDate", "meetingDate is required");
    }
    Entities.require(Team.class, teamId, "teamId", "Team");
    MeetingWeek rule = meetings.weekRule(teamId);
    Instant now = clock.instant();
    MeetingWeek.Week week = ReportSchedule.endingAt(rule, meetingDate);
    if (!week.meetingDate().equals(meetingDate)) {
      throw DutyboardException.validation(
          "meetingDate", "the team meets on " + rule.weekday() + "s, not on " + meetingDate);
    }
    if (week.end().isAfter(now)) {
      throw DutyboardException.validation("meetingDate", "that week has not ended yet");
    }
    if (!AdvisoryLock.tryForTransaction(em, LOCK_KEY)) {
      return WeeklyReportPublication.lockedElsewhere();
    }
    restoreLive();
    return publish(List.of(report(teamId, rule, meetingDate)), Mode.REPLACE, now);
  }

  /** The weeks of the live report. */
  public List<ReportEntry> published() {
    try {
      return archive().published();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Directory holding {@code current} and {@code versions/}. */
  public Path outputDir() {
    return config.outputDir().map(Path::of).orElseGet(() -> dataDir.resolve("reports"));
  }

  private WeeklyReportProduced report(UUID teamId, MeetingWeek rule, LocalDate meetingDate) {
    WeeklySummaryView summary =
        summaries.summary(teamId, ReportSchedule.weekOf(meetingDate), READER);
    return new WeeklyReportProduced(
        teamId, WeeklyReportViews.map(summary, rule.zone()), summary.markdown());
  }

  /**
   * Renders and validates locally, then pushes the live version to the publish target. Fires {@link
   * WeeklyReportProduced} for each week produced for the first time (not for a re-render).
   */
  private WeeklyReportPublication publish(
      List<WeeklyReportProduced> weeks, Mode mode, Instant now) {
    List<WeeklyReport> reports = weeks.stream().map(WeeklyReportProduced::report).toList();
    AtomicReference<ReportArchive.Publication> local = new AtomicReference<>();
    push()
        .publish(
            () -> {
              try {
                ReportArchive.Publication staged = archive().publish(reports, mode, now);
                local.set(staged);
                Optional<Path> live = archive().liveVersion();
                if (staged.published()) {
                  // Every replica serves what the database holds; the local directory is staging.
                  sites.record(SITE, live.orElseThrow(), null, config.keepVersions());
                  // Recorded with it, so a failing push to the target loses no delivery.
                  announce(weeks, staged, mode);
                }
                return live;
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    ReportArchive.Publication result = local.get();
    return new WeeklyReportPublication(
        result.published() ? Outcome.PUBLISHED : Outcome.NOTHING_DUE,
        result.written().stream().map(ReportEntry::path).toList());
  }

  /** Fires {@link WeeklyReportProduced} for the weeks written for the first time. */
  private void announce(
      List<WeeklyReportProduced> weeks, ReportArchive.Publication staged, Mode mode) {
    if (mode != Mode.KEEP_EXISTING) {
      return; // a re-render: delivered already, or deliberately not
    }
    Map<String, WeeklyReportProduced> byPath = new LinkedHashMap<>();
    weeks.forEach(
        w -> byPath.put(ReportPaths.week(w.report().teamSlug(), w.report().meetingDate()), w));
    staged.written().stream()
        .map(ReportEntry::path)
        .filter(byPath::containsKey)
        .forEach(path -> produced.fire(byPath.get(path)));
  }

  /** Builds the publish target at start-up, so a bad {@code publish-to} stops the service. */
  void onStart(@Observes StartupEvent event) {
    push();
  }

  private SitePush push() {
    SitePush p = push;
    if (p == null) {
      p = targets.forSite("weekly-report", config.publishTo(), Optional.empty(), null);
      push = p;
    }
    return p;
  }

  /** Starts from the version live in the database: another replica may have published it. */
  private void restoreLive() {
    try {
      sites.restore(SITE, outputDir(), config.keepVersions());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ReportArchive archive() {
    ReportArchive a = archive;
    if (a == null) {
      a = new ReportArchive(outputDir(), config.keepVersions());
      archive = a;
    }
    return a;
  }
}
