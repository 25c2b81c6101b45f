package org.dutyboard.incident.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.dutyboard.common.security.Caller;
import org.dutyboard.incident.Incident;
import org.dutyboard.incident.event.IncidentEvents;
import org.dutyboard.people.CurrentPerson;
import org.dutyboard.people.Person;

/** Appends timeline entries, by people or automatically, and announces them. */
@ApplicationScoped
public class TimelineWriter {
  @Inject Clock clock;
  @Inject Caller caller;
  @Inject CurrentPerson me;
  @Inject IncidentEvents events;

  public TimelineEntry append(
      Incident incident, TimelineKind kind, String text, Instant occurredAt, UUID corrects) {
    TimelineEntry entry = new TimelineEntry();
    entry.id = TimeOrderedIds.next(clock.millis());
    entry.incidentId = incident.id;
    entry.kind = kind;
    entry.writtenAt = clock.instant();
    entry.occurredAt = occurredAt == null ? entry.writtenAt : occurredAt;
    entry.authorPersonId = me.id().orElse(null);
    entry.author = author();
    entry.text = text;
    entry.correctsEntryId = corrects;
    entry.persist();
    events.timelineEntryAdded(incident, TimelineViews.entry(entry));
    return entry;
  }

  /** An automatic entry recording a change the caller made, at the time it took effect. */
  public TimelineEntry record(
      Incident incident, TimelineKind kind, String text, Instant occurredAt) {
    return append(incident, kind, text, occurredAt, null);
  }

  /** The caller's handle if they are a person, else the token or JWT principal name. */
  public String author() {
    return me.id().map(id -> Person.<Person>findById(id)).map(p -> p.handle).orElse(caller.name());
  }
}
