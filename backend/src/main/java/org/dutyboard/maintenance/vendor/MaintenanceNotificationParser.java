package org.dutyboard.maintenance.vendor;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.error.Texts;
import org.dutyboard.maintenance.vendor.MaintenanceNotification.CircuitImpact;

/**
 * Reads a BCOP maintenance notification (an iCalendar object whose VEVENTs carry the {@code
 * X-MAINTNOTE-*} properties) with ical4j. All or nothing: any event that is not a usable
 * notification refuses the whole calendar with a VALIDATION error naming the property, so nothing
 * is written.
 *
 * <p>Lenient where the standard or real senders are: a missing SEQUENCE is 0 (RFC 5545), a missing
 * or unknown impact is OUTAGE (the BCOP default), an object without its own {@code
 * X-MAINTNOTE-OBJECT-IMPACT} parameter has the event's impact, and times without zone (floating)
 * are read as UTC. Of several maintenance ids the one with {@code X-MAINTNOTE-PRECEDENCE=PRIMARY}
 * (else the first) identifies the maintenance.
 */
final class MaintenanceNotificationParser {
  static final String PROVIDER = "X-MAINTNOTE-PROVIDER";
  static final String ACCOUNT = "X-MAINTNOTE-ACCOUNT";
  static final String MAINTENANCE_ID = "X-MAINTNOTE-MAINTENANCE-ID";
  static final String OBJECT_ID = "X-MAINTNOTE-OBJECT-ID";
  static final String OBJECT_IMPACT = "X-MAINTNOTE-OBJECT-IMPACT";
  static final String IMPACT = "X-MAINTNOTE-IMPACT";
  static final String STATUS = "X-MAINTNOTE-STATUS";
  static final String PRECEDENCE = "X-MAINTNOTE-PRECEDENCE";
  static final int MAX_EVENTS = 100;
  static final int MAX_CIRCUITS = 500;

  private MaintenanceNotificationParser() {}

  /** The maintenances of one iCalendar object, in the order of its events. */
  static List<MaintenanceNotification> parse(String calendarText) {
    if (calendarText == null || calendarText.isBlank()) {
      throw DutyboardException.validation("calendar", "the calendar is empty");
    }
    Calendar calendar;
    try {
      calendar = new CalendarBuilder().build(new StringReader(calendarText));
    } catch (ParserException e) {
      throw DutyboardException.validation(
          "calendar", "not an iCalendar object: " + oneLine(e.getMessage()));
    } catch (IOException | RuntimeException e) {
      throw DutyboardException.validation("calendar", "not an iCalendar object");
    }
    List<VEvent> events = calendar.getComponents("VEVENT");
    if (events.isEmpty()) {
      throw DutyboardException.validation("calendar", "the calendar has no VEVENT");
    }
    if (events.size() > MAX_EVENTS) {
      throw DutyboardException.validation(
          "calendar", "the calendar has more than " + MAX_EVENTS + " events");
    }
    List<MaintenanceNotification> result = new ArrayList<>();
    for (VEvent event : events) {
      result.add(notification(event));
    }
    return result;
  }

  private static MaintenanceNotification notification(VEvent event) {
    String provider = Texts.singleLine(PROVIDER, value(event, PROVIDER), 200);
    String maintenanceId = Texts.singleLine(MAINTENANCE_ID, primaryMaintenanceId(event), 200);
    VendorMaintenanceStatus status = VendorMaintenanceStatus.ofBcop(value(event, STATUS));
    MaintenanceImpact impact = MaintenanceImpact.ofBcop(value(event, IMPACT));
    Instant start = instant(event, "DTSTART", false);
    Instant end = instant(event, "DTEND", true);
    if (!end.isAfter(start)) {
      throw DutyboardException.validation("DTEND", "DTEND must be after DTSTART");
    }
    List<CircuitImpact> circuits = circuits(event, impact);
    if (circuits.isEmpty() && status != VendorMaintenanceStatus.CANCELLED) {
      throw DutyboardException.validation(
          OBJECT_ID, "the maintenance names no service object (" + OBJECT_ID + ")");
    }
    return new MaintenanceNotification(
        provider,
        Texts.optional(ACCOUNT, value(event, ACCOUNT), 200),
        maintenanceId,
        Texts.optional("UID", value(event, "UID"), 500),
        sequence(event),
        status,
        impact,
        Texts.optional("SUMMARY", clip(value(event, "SUMMARY"), 2000), 2000),
        Texts.optional("ORGANIZER", value(event, "ORGANIZER"), 500),
        start,
        end,
        circuits);
  }

  /** Circuits in order, once each; a repeated one keeps its worst impact. */
  private static List<CircuitImpact> circuits(VEvent event, MaintenanceImpact eventImpact) {
    Map<String, MaintenanceImpact> circuits = new LinkedHashMap<>();
    for (Property object : event.<Property>getProperties(OBJECT_ID)) {
      String id = Texts.singleLine(OBJECT_ID, object.getValue(), 200);
      MaintenanceImpact impact =
          object
              .getParameter(OBJECT_IMPACT)
              .map(p -> MaintenanceImpact.ofBcop(p.getValue()))
              .orElse(eventImpact);
      circuits.merge(id, impact, (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }
    if (circuits.size() > MAX_CIRCUITS) {
      throw DutyboardException.validation(
          OBJECT_ID, "a maintenance may name at most " + MAX_CIRCUITS + " objects");
    }
    return circuits.entrySet().stream()
        .map(e -> new CircuitImpact(e.getKey(), e.getValue()))
        .toList();
  }

  private static String primaryMaintenanceId(VEvent event) {
    List<Property> ids = event.getProperties(MAINTENANCE_ID);
    return ids.stream()
        .filter(
            p ->
                p.getParameter(PRECEDENCE)
                    .map(v -> v.getValue().equalsIgnoreCase("PRIMARY"))
                    .orElse(false))
        .findFirst()
        .or(() -> ids.stream().findFirst())
        .map(Property::getValue)
        .orElse(null);
  }

  private static int sequence(VEvent event) {
    String value = value(event, "SEQUENCE");
    if (value == null) {
      return 0;
    }
    try {
      int sequence = Integer.parseInt(value.strip());
      if (sequence >= 0) {
        return sequence;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw DutyboardException.validation(
        "SEQUENCE", "SEQUENCE must be a non-negative integer, not '" + oneLine(value) + "'");
  }

  private static Instant instant(VEvent event, String name, boolean end) {
    Optional<? extends DateProperty<?>> property =
        end ? event.getEndDate(false) : event.getStartDate(); // BCOP requires DTEND
    Temporal date;
    try {
      date = property.map(DateProperty::getDate).orElse(null);
    } catch (RuntimeException e) { // an unknown TZID, an unreadable value
      throw DutyboardException.validation(name, name + " is not a readable date-time");
    }
    if (date == null) {
      throw DutyboardException.validation(name, name + " is required");
    }
    if (date instanceof LocalDateTime floating) {
      return floating.toInstant(ZoneOffset.UTC);
    }
    if (date instanceof LocalDate day) {
      return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    try {
      return Instant.from(date);
    } catch (RuntimeException e) {
      throw DutyboardException.validation(name, name + " is not a readable date-time");
    }
  }

  private static String value(VEvent event, String name) {
    return event.<Property>getProperty(name).map(Property::getValue).orElse(null);
  }

  private static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  private static String oneLine(String text) {
    return text == null ? "" : clip(text.replaceAll("\\s+", " ").strip(), 300);
  }
}
