package org.dutyboard.incident.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.error.Texts;
import org.dutyboard.common.graphql.Ids;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.incident.Incident;
import org.dutyboard.incident.IncidentAccess;

/**
 * The living status document. Appends never lock the incident, so many clients can log at once;
 * entries are never edited (corrections are new entries pointing at the old one).
 */
@ApplicationScoped
@Transactional
public class TimelineService {
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject EntityManager em;
  @Inject IncidentAccess access;
  @Inject TimelineWriter writer;

  public TimelineEntryView append(UUID incidentId, TimelineEntryInput input) {
    caller.require(Role.RESPONDER);
    Incident incident = access.requireVisible(incidentId, "incidentId");
    IncidentAccess.requireOpen(incident);
    if (input.kind() == null || !TimelineKind.WRITABLE.contains(input.kind())) {
      throw DutyboardException.validation(
          "kind", "People write ACTION, OBSERVATION, DECISION or COMMUNICATION entries");
    }
    String text = Texts.required("text", input.text(), 10_000);
    if (input.occurredAt() != null && input.occurredAt().isAfter(clock.instant())) {
      throw DutyboardException.validation("occurredAt", "occurredAt cannot be in the future");
    }
    UUID corrects = Ids.parse(input.correctsEntryId(), "correctsEntryId");
    if (corrects != null
        && TimelineEntry.count("id = ?1 and incidentId = ?2", corrects, incidentId) == 0) {
      throw DutyboardException.notFound("correctsEntryId", "Timeline entry", corrects);
    }
    return TimelineViews.entry(
        writer.append(incident, input.kind(), text, input.occurredAt(), corrects));
  }

  /**
   * The newest {@code count} entries of each incident, in one statement (a lateral index scan per
   * incident), for dashboards listing many incidents.
   */
}
