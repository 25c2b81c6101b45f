package org.dutyboard.common.graphql;

import io.smallrye.graphql.api.CustomScalar;
import io.smallrye.graphql.api.CustomStringScalar;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.dutyboard.common.error.DutyboardException;
import org.eclipse.microprofile.graphql.Description;

/**
 * An IANA time zone id such as {@code Europe/Berlin}. The raw text is kept as given and checked by
 * {@link #toZoneId(String)}, so a bad value yields a VALIDATION error that names its field.
 */
@CustomScalar("TimeZone")
@Description("An IANA time zone id, e.g. `America/Los_Angeles` or `Europe/Berlin`.")
public final class TimeZone implements CustomStringScalar {
  private final String id;

  public TimeZone(String id) {
    this.id = id;
  }

  public static TimeZone of(ZoneId zone) {
    return new TimeZone(zone.getId());
  }

  public ZoneId toZoneId(String field) {
    return parse(id, field);
  }

  /** Accepts region ids only ({@code UTC} included), never fixed offsets that ignore DST. */
  public static ZoneId parse(String id, String field) {
    if (id == null || id.isBlank()) {
      throw DutyboardException.validation(field, field + " is required");
    }
    if (!ZoneId.getAvailableZoneIds().contains(id)) {
      throw DutyboardException.validation(
          field, "Unknown time zone '" + id + "': use an IANA id such as Europe/Berlin");
    }
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      throw DutyboardException.validation(field, "Unknown time zone '" + id + "'");
    }
  }

  @Override
  public String stringValueForSerialization() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }
}
