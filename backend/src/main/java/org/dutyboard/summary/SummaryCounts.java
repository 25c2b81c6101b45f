package org.dutyboard.summary;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.dutyboard.clinic.alertpage.AlertPageView;
import org.dutyboard.clinic.requests.ClinicRequestView;
import org.dutyboard.clinic.requests.RequestState;
import org.dutyboard.summary.WeeklySummaryView.SummaryCountView;
import org.dutyboard.summary.WeeklySummaryView.SummaryPagesView;
import org.dutyboard.summary.WeeklySummaryView.SummaryRequestView;
import org.dutyboard.summary.WeeklySummaryView.SummaryRequestsView;
import org.dutyboard.summary.trend.OffHours;

/**
 * The counted sections of the weekly summary, from rows the features already read: alert pages by
 * rotation, person and alert (most first, ties by name), and clinic requests handled or waiting.
 */
final class SummaryCounts {
  private static final int TOP_ALERTS = 5;

  private SummaryCounts() {}

  /** Alert pages of the week: total, off hours, by rotation, by person on call, top alerts. */
  static SummaryPagesView pages(
      List<AlertPageView> pages, Map<UUID, String> rotations, ZoneId fallback) {
    int offHours = 0;
    for (AlertPageView page : pages) {
      if (OffHours.isOffHours(page, fallback)) {
        offHours++;
      }
    }
    return new SummaryPagesView(
        pages.size(),
        offHours,
        counts(pages, p -> rotations.getOrDefault(p.rotationId(), "unmapped"), Integer.MAX_VALUE),
        counts(
            pages,
            p -> p.onCall().isEmpty() ? "nobody on call" : p.onCall().get(0).person().name(),
            Integer.MAX_VALUE),
        counts(pages, p -> p.alertName() == null ? "(no alertname)" : p.alertName(), TOP_ALERTS));
  }

  private static <T> List<SummaryCountView> counts(
      List<T> items, Function<T, String> label, int limit) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    items.forEach(i -> counts.merge(label.apply(i), 1, Integer::sum));
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .map(e -> new SummaryCountView(e.getKey(), e.getValue()))
        .toList();
  }

  /** Clinic requests handled in {@code [from, to)} and those waiting for the meeting. */
  static SummaryRequestsView requests(List<ClinicRequestView> active, Instant from, Instant to) {
    List<SummaryRequestView> handled = new ArrayList<>();
    List<SummaryRequestView> waiting = new ArrayList<>();
    for (ClinicRequestView r : active) {
      SummaryRequestView line =
          new SummaryRequestView(r.title(), r.kind(), r.state(), r.ticketUrl());
      if (r.closedAt() != null && !r.closedAt().isBefore(from) && r.closedAt().isBefore(to)) {
        handled.add(line);
      }
      if (r.state() == RequestState.NEEDS_MEETING_REVIEW) {
        waiting.add(line);
      }
    }
    return new SummaryRequestsView(handled, waiting);
  }
}
