package org.dutyboard.common.graphql;

import io.smallrye.graphql.api.CustomScalar;
import io.smallrye.graphql.api.CustomStringScalar;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.dutyboard.common.error.DutyboardException;
import org.eclipse.microprofile.graphql.Description;

/** A wall-clock time {@code HH:mm}, checked by {@link #toLocalTime(String)} like TimeZone. */
@CustomScalar("LocalTime")
@Description("A local wall-clock time as `HH:mm` (24-hour), e.g. `10:00`.")
public final class LocalTimeOfDay implements CustomStringScalar {
  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("HH:mm");
  private final String text;

  public LocalTimeOfDay(String text) {
    this.text = text;
  }

  public static LocalTimeOfDay of(LocalTime time) {
    return new LocalTimeOfDay(time.format(FORMAT));
  }

  public LocalTime toLocalTime(String field) {
    if (text == null || text.isBlank()) {
      throw DutyboardException.validation(field, field + " is required");
    }
    try {
      return LocalTime.parse(text, FORMAT);
    } catch (DateTimeParseException e) {
      throw DutyboardException.validation(
          field, "'" + text + "' is not a time of day: use HH:mm, e.g. 10:00");
    }
  }

  @Override
  public String stringValueForSerialization() {
    return text;
  }

  @Override
  public String toString() {
    return text;
  }
}
