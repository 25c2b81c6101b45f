package org.dutyboard.site.render;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.dutyboard.site.model.ComponentStatus;
import org.dutyboard.site.render.view.BarView;
import org.dutyboard.site.render.view.DayNoteView;
import org.dutyboard.site.render.view.UptimeView;
import org.dutyboard.site.uptime.ComponentUptime;
import org.dutyboard.site.uptime.DayUptime;

/**
 * Uptime bars and their text alternative. The bars are decorative (hidden from assistive
 * technology); the summary plus the notes describe every day of the window in words: one note per
 * disrupted day, and the summary counts the rest.
 */
final class UptimeViews {

  private final TimeFormat time;

  UptimeViews(TimeFormat time) {
    this.time = time;
  }

  UptimeView view(ComponentUptime uptime) {
    List<BarView> bars = new ArrayList<>(uptime.days().size());
    List<DayNoteView> notes = new ArrayList<>();
    int withData = 0;
    int clean = 0;
    DayUptime firstWithData = null;
    for (DayUptime day : uptime.days()) {
      if (!day.hasData()) {
        bars.add(new BarView("b-none", null));
        continue;
      }
      withData++;
      firstWithData = firstWithData == null ? day : firstWithData;
      if (day.worst() == ComponentStatus.OPERATIONAL) {
        clean++;
        bars.add(new BarView(null, null)); // the default bar; no class keeps the page small
        continue;
      }
      String detail = detail(day);
      String date = time.day(day.date());
      bars.add(new BarView("b-" + css(day.worst()), date + ": " + detail));
      notes.add(new DayNoteView(day.date().toString(), date, detail));
    }
    if (withData == 0) {
      return new UptimeView("No uptime data yet", "No data for this period yet.", bars, notes);
    }
    String summary =
        clean + " of " + withData + (withData == 1 ? " day" : " days") + " without disruption.";
    if (withData < uptime.days().size()) {
      summary += " No data before " + time.day(firstWithData.date()) + ".";
    }
    return new UptimeView(uptime.uptimePercent() + "% uptime", summary, bars, notes);
  }

  /** E.g. "98.75% uptime; partial outage 1 h, degraded performance 30 min". */
  private static String detail(DayUptime day) {
    StringBuilder text = new StringBuilder(day.uptimePercent() + "% uptime");
    String separator = "; ";
    List<Map.Entry<ComponentStatus, Duration>> worstFirst =
        day.disrupted().entrySet().stream()
            .sorted(Comparator.comparingInt(e -> -e.getKey().severity()))
            .toList();
    for (var entry : worstFirst) {
      text.append(separator)
          .append(entry.getKey().label().toLowerCase(java.util.Locale.ROOT))
          .append(' ')
          .append(TimeFormat.duration(entry.getValue()));
      separator = ", ";
    }
    return text.toString();
  }

  private static String css(ComponentStatus status) {
    return ViewFactory.status(status).css().substring(2);
  }
}
