package org.dutyboard.site.render;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** How times appear in the outputs; all in the site's zone except machine-readable UTC values. */
public final class TimeFormat {

  private static final DateTimeFormatter ISO_UTC = DateTimeFormatter.ISO_INSTANT;

  private final DateTimeFormatter display;
  private final DateTimeFormatter api;
  private final DateTimeFormatter day =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
  private final DateTimeFormatter month = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
  private final ZoneId zone;

  public TimeFormat(ZoneId zone) {
    this.zone = zone;
    this.display = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH).withZone(zone);
    // Statuspage's own format: local offset of the page's zone, milliseconds.
    this.api = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").withZone(zone);
  }

  public ZoneId zone() {
    return zone;
  }

  /**
   * E.g. "3 Mar 2024, 14:05 UTC+1", for people. The offset is spelled out rather than a zone
   * abbreviation such as "CET": the JDK's zone names are loaded lazily and, under concurrent first
   * use, sometimes come back as "GMT+01:00" instead, which made the output non-deterministic.
   */
  public String display(Instant instant) {
    return display.format(instant) + " " + offset(zone.getRules().getOffset(instant));
  }

  /**
   * A zone as people name it: "UTC" for UTC however it is spelled ({@code Z}, {@code Etc/UTC},
   * {@code GMT}, ...), otherwise its region id ("Europe/Berlin") or offset ("UTC+2").
   */
  public static String zoneName(ZoneId zone) {
    ZoneId normalized = zone.normalized();
    if (normalized instanceof ZoneOffset fixed) {
      return offset(fixed);
    }
    return zone.getId();
  }

  /** "UTC", "UTC+2", "UTC-3:30". */
  public static String offset(ZoneOffset offset) {
    int seconds = offset.getTotalSeconds();
    if (seconds == 0) {
      return "UTC";
    }
    int minutes = Math.abs(seconds) / 60;
    String sign = seconds < 0 ? "-" : "+";
    return minutes % 60 == 0
        ? "UTC" + sign + minutes / 60
        : String.format(Locale.ROOT, "UTC%s%d:%02d", sign, minutes / 60, minutes % 60);
  }

  /** E.g. "2024-03-03T13:05:00Z", for {@code <time datetime>}. */
  public String isoUtc(Instant instant) {
    return ISO_UTC.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  /** E.g. "2024-03-03T14:05:00.000+01:00", as in Statuspage's API, or null. */
  public String api(Instant instant) {
    return instant == null ? null : api.format(instant);
  }

  /** E.g. "Sun 3 Mar 2024". */
  public String day(LocalDate date) {
    return day.format(date);
  }

  /** E.g. "March 2024". */
  public String month(YearMonth yearMonth) {
    return month.format(yearMonth);
  }

  public YearMonth monthOf(Instant instant) {
    return YearMonth.from(instant.atZone(zone));
  }

  /** E.g. "2 h 5 min", "45 min", "less than 1 min". */
  public static String duration(Duration duration) {
    long minutes = duration.toMinutes();
    if (minutes < 1) {
      return "less than 1 min";
    }
    long hours = minutes / 60;
    long rest = minutes % 60;
    if (hours == 0) {
      return rest + " min";
    }
    return rest == 0 ? hours + " h" : hours + " h " + rest + " min";
  }
}
