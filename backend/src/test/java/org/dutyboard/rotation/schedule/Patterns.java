package org.dutyboard.rotation.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** Test fixtures that read like the rotation they describe. */
final class Patterns {
  private ZoneId zone = ZoneId.of("UTC");
  private LocalDate startsOn = LocalDate.of(2020, 1, 1);
  private DayOfWeek day;
  private LocalTime time = LocalTime.of(10, 0);
  private int lengthDays = 7;

  static Patterns aWeeklyRotation() {
    return new Patterns();
  }

  static Patterns aDailyRotation() {
    Patterns p = new Patterns();
    p.lengthDays = 1;
    return p;
  }

  Patterns handingOffOn(DayOfWeek day, String time) {
    this.day = day;
    this.time = LocalTime.parse(time);
    return this;
  }

  Patterns handingOffAt(String time) {
    this.time = LocalTime.parse(time);
    return this;
  }

  Patterns in(String zone) {
    this.zone = ZoneId.of(zone);
    return this;
  }

  Patterns startingOn(String date) {
    this.startsOn = LocalDate.parse(date);
    return this;
  }

  Patterns everyDays(int days) {
    this.lengthDays = days;
    return this;
  }

  ShiftPattern pattern() {
    return new ShiftPattern(zone, startsOn, day, time, lengthDays);
  }

  ShiftExpansion expansion() {
    return new ShiftExpansion(pattern());
  }
}
