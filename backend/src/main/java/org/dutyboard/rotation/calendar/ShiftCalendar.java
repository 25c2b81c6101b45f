package org.dutyboard.rotation.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.dutyboard.people.PersonView;
import org.dutyboard.rotation.schedule.ComposedSchedules.RotationSchedule;
import org.dutyboard.rotation.schedule.ScheduleComposer.ComposedShift;
import org.dutyboard.rotation.schedule.ScheduleComposer.Holder;
import org.dutyboard.rotation.schedule.ShiftSource;

/**
 * Turns composed shifts into an iCalendar (RFC 5545) document: one VEVENT per holder piece (a
 * person holding a role for all or part of a shift), times in UTC, skipped shifts left out.
 *
 * <p>UIDs are {@code <rotationId>-<shiftIndex>-<role>-<personId>@dutyboard} (a second piece of the
 * same person, role and shift, e.g. around an override, gets {@code -2} before the {@code @}), so a
 * calendar app that refreshes the feed updates an event in place when its times change instead of
 * adding a duplicate. Pure: the caller passes the DTSTAMP.
 */
public final class ShiftCalendar {
  static final String PRODUCT = "-//Dutyboard//Duty calendar//EN";

  private ShiftCalendar() {}

  /** One calendar entry. */
  public record Event(String uid, String summary, String description, Instant start, Instant end) {}

  /**
   * Events of the non-skipped shifts overlapping {@code [from, to)}; only {@code person}'s pieces
   * when it is not null.
   */
  public static List<Event> events(
      RotationSchedule schedule, Instant from, Instant to, UUID person) {
    List<Event> events = new ArrayList<>();
    for (ComposedShift shift : schedule.between(from, to)) {
      if (shift.skipped()) {
        continue;
      }
      Map<String, Integer> seen = new HashMap<>();
      for (Holder h : shift.holders()) {
        String key = h.role() + "/" + h.personId();
        int occurrence = seen.merge(key, 1, Integer::sum);
        if (person != null && !person.equals(h.personId())) {
          continue;
        }
        events.add(event(schedule, shift, h, occurrence));
      }
    }
    return events;
  }

  private static Event event(
      RotationSchedule schedule, ComposedShift shift, Holder h, int occurrence) {
    String rotation = schedule.rotation().name();
    String name = schedule.person(h.personId()).map(PersonView::name).orElse("unknown person");
    String uid =
        schedule.rotation().id()
            + "-"
            + shift.shift().index()
            + "-"
            + URLEncoder.encode(h.role(), StandardCharsets.UTF_8)
            + "-"
            + h.personId()
            + (occurrence > 1 ? "-" + occurrence : "")
            + "@dutyboard";
    String description =
        rotation
            + " ("
            + schedule.rotation().team().name()
            + "), shift "
            + shift.shift().index()
            + ": "
            + h.role()
            + " held by "
            + name
            + (h.source() == ShiftSource.ROTATION ? "" : " (" + source(h.source()) + ")")
            + ".";
    return new Event(
        uid, rotation + ": " + h.role() + " (" + name + ")", description, h.start(), h.end());
  }

  private static String source(ShiftSource source) {
    return switch (source) {
      case ROTATION -> "rotation";
      case EXPLICIT -> "assigned explicitly";
      case TRADE -> "traded";
      case OVERRIDE -> "override";
    };
  }

  /**
   * The calendar document, CRLF line endings and folding as RFC 5545 requires. No {@code METHOD}: a
   * subscribed feed is a plain RFC 5545 calendar, not an iTIP (RFC 5546) message, and {@code
   * METHOD:PUBLISH} would require an {@code ORGANIZER} on every event (ical4j warned on each
   * fetch).
   */
  public static String render(String name, Instant stamp, List<Event> events) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(new Name(name));
    calendar.add(new XProperty("X-WR-CALNAME", name));
    calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
    for (Event e : events) {
      VEvent event = new VEvent(e.start(), e.end(), e.summary());
      event.replace(new DtStamp(stamp));
      event.add(new Uid(e.uid()));
      event.add(new Description(e.description()));
      event.add(ImmutableTransp.OPAQUE);
      calendar.add(event);
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(true).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ValidationException e) {
      throw new IllegalStateException("generated an invalid calendar: " + e.getMessage(), e);
    }
    return out.toString();
  }
}
