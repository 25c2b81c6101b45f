package org.dutyboard.rotation;

import java.time.DayOfWeek;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("Weekday")
@Description("A day of the week (ISO: the week starts on Monday).")
public enum Weekday {
  @Description("Monday.")
  MONDAY,
  @Description("Tuesday.")
  TUESDAY,
  @Description("Wednesday.")
  WEDNESDAY,
  @Description("Thursday.")
  THURSDAY,
  @Description("Friday.")
  FRIDAY,
  @Description("Saturday.")
  SATURDAY,
  @Description("Sunday.")
  SUNDAY;

  public DayOfWeek toDayOfWeek() {
    return DayOfWeek.valueOf(name());
  }

  public static Weekday of(DayOfWeek day) {
    return valueOf(day.name());
  }
}
