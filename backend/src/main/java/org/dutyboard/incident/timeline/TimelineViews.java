package org.dutyboard.incident.timeline;

/** Timeline entries -> views. */
public final class TimelineViews {
  private TimelineViews() {}

  public static TimelineEntryView entry(TimelineEntry e) {
    return new TimelineEntryView(
        e.id, e.incidentId, e.kind, e.occurredAt, e.writtenAt, e.author, e.text, e.correctsEntryId);
  }
}
