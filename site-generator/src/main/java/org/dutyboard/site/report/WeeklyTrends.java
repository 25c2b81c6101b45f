package org.dutyboard.site.report;

import static org.dutyboard.site.model.Checks.MAX_NAME;
import static org.dutyboard.site.model.Checks.list;
import static org.dutyboard.site.model.Checks.required;
import static org.dutyboard.site.model.Checks.text;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The report's trends: the team's meeting weeks ending with the report's week, oldest first, one
 * value per week in every series (a week without any counts 0). Incident series hold only incidents
 * a reader without special access may see; private ones appear only as {@code privateNotIncluded}.
 *
 * @param weeks local dates of the meetings ending each week, oldest first
 * @param resolveMedian time to resolve per week; null for a week without resolved incidents
 * @param load load per person over all the weeks
 */
public record WeeklyTrends(
    List<LocalDate> weeks,
    List<Integer> pages,
    List<Integer> offHoursPages,
    List<SeveritySeries> declared,
    List<SeveritySeries> resolved,
    List<Duration> resolveMedian,
    List<Duration> resolveP90,
    List<Integer> followUpsCreated,
    List<Integer> followUpsCompleted,
    List<Integer> followUpsOverdue,
    List<Integer> requestsHandled,
    List<Integer> unacknowledgedHandoffs,
    int privateNotIncluded,
    List<PersonLoad> load) {

  public WeeklyTrends {
    weeks = list(weeks, "weeks");
    if (weeks.isEmpty()) {
      throw new IllegalArgumentException("weeks must not be empty");
    }
    int n = weeks.size();
    pages = counts(pages, "pages", n);
    offHoursPages = counts(offHoursPages, "offHoursPages", n);
    declared = list(declared, "declared");
    declared.forEach(s -> counts(s.values(), "declared", n));
    resolved = list(resolved, "resolved");
    resolved.forEach(s -> counts(s.values(), "resolved", n));
    resolveMedian = durations(resolveMedian, "resolveMedian", n);
    resolveP90 = durations(resolveP90, "resolveP90", n);
    followUpsCreated = counts(followUpsCreated, "followUpsCreated", n);
    followUpsCompleted = counts(followUpsCompleted, "followUpsCompleted", n);
    followUpsOverdue = counts(followUpsOverdue, "followUpsOverdue", n);
    requestsHandled = counts(requestsHandled, "requestsHandled", n);
    unacknowledgedHandoffs = counts(unacknowledgedHandoffs, "unacknowledgedHandoffs", n);
    if (privateNotIncluded < 0) {
      throw new IllegalArgumentException("privateNotIncluded must not be negative");
    }
    load = list(load, "load");
  }

  /** Weekly counts of incidents of one severity, e.g. "SEV1". */
  public record SeveritySeries(String severity, List<Integer> values) {
    public SeveritySeries {
      text(severity, "severity", MAX_NAME);
      values = list(values, "values");
    }
  }

  /** One person's load over all the weeks. */
  public record PersonLoad(
      String person, double onDutyHours, double holidayHours, int offHoursPages) {
    public PersonLoad {
      text(person, "person", MAX_NAME);
      if (onDutyHours < 0 || holidayHours < 0 || offHoursPages < 0) {
        throw new IllegalArgumentException("a load must not be negative");
      }
    }
  }

  private static List<Integer> counts(List<Integer> values, String field, int weeks) {
    List<Integer> checked = list(values, field);
    if (checked.size() != weeks) {
      throw new IllegalArgumentException(field + " must have one value per week");
    }
    if (checked.stream().anyMatch(v -> v < 0)) {
      throw new IllegalArgumentException(field + " must not be negative");
    }
    return checked;
  }

  /** Durations with nulls for weeks without data. */
  private static List<Duration> durations(List<Duration> values, String field, int weeks) {
    required(values, field);
    if (values.size() != weeks) {
      throw new IllegalArgumentException(field + " must have one value per week");
    }
    return Collections.unmodifiableList(new ArrayList<>(values));
  }
}
