package org.dutyboard.summary.trend;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.dutyboard.clinic.alertpage.AlertPageView;

/**
 * Whether a page came outside working hours: on a Saturday or Sunday, or outside 09:00-18:00 on a
 * weekday, in the paged person's own zone. Pure.
 */
public final class OffHours {
  public static final LocalTime WORK_START = LocalTime.of(9, 0);
  public static final LocalTime WORK_END = LocalTime.of(18, 0);

  private OffHours() {}

  /**
   * Whether {@code page} started off hours for the person it paged (the first on-call holder), or
   * in {@code fallback} (the meeting's zone) when nobody was on call.
   */
  public static boolean isOffHours(AlertPageView page, ZoneId fallback) {
    ZoneId zone =
        page.onCall().isEmpty()
            ? fallback
            : page.onCall().get(0).person().timeZone().toZoneId("timeZone");
    return isOffHours(page.startsAt().atZone(zone));
  }

  public static boolean isOffHours(ZonedDateTime local) {
    DayOfWeek day = local.getDayOfWeek();
    LocalTime time = local.toLocalTime();
    return day == DayOfWeek.SATURDAY
        || day == DayOfWeek.SUNDAY
        || time.isBefore(WORK_START)
        || !time.isBefore(WORK_END);
  }
}
