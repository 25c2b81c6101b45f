package org.dutyboard.incident.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.dutyboard.incident.Incident;
import org.dutyboard.incident.IncidentAccess;
import org.dutyboard.incident.IncidentViews;
import org.dutyboard.incident.Visibility;
import org.dutyboard.incident.timeline.TimelineEntry;
import org.dutyboard.incident.timeline.TimelineEntryView;
import org.dutyboard.incident.timeline.TimelineViews;

/**
 * Pushes incident changes to live subscribers on every replica: a change sends a PostgreSQL NOTIFY
 * in its transaction, delivered only on commit (a rolled-back change is never announced), and each
 * replica's {@link IncidentNoticeListener} hands it back here. Each event carries the incident's
 * visibility and participants as they were at that moment, so subscriptions filter with the same
 * rules as queries.
 */
@ApplicationScoped
public class IncidentEvents {
  /** An event with what subscribers need to decide whether they may see it. */
  public record Published(
      IncidentEventView event,
      TimelineEntryView entry,
      Visibility visibility,
      Set<UUID> participants) {}

  private final BroadcastProcessor<Published> processor = BroadcastProcessor.create();

  @Inject TransactionSynchronizationRegistry transactions;
  @Inject IncidentAccess access;
  @Inject IncidentViews incidentViews;
  @Inject Clock clock;
  @Inject EntityManager em;
  @Inject ObjectMapper json;

  public Multi<Published> stream() {
    return processor;
  }

  public void changed(Incident incident, IncidentEventKind kind) {
    publish(incident, kind, null);
  }

  public void timelineEntryAdded(Incident incident, TimelineEntryView entry) {
    publish(incident, IncidentEventKind.TIMELINE_ENTRY_ADDED, entry);
  }

  private void publish(Incident incident, IncidentEventKind kind, TimelineEntryView entry) {
    IncidentNotice notice =
        new IncidentNotice(
            incident.id,
            entry == null ? null : entry.id(),
            kind,
            incidentViews.reference(incident),
            incident.status,
            incident.severity,
            incident.visibility,
            (int) incident.version,
            clock.instant());
    if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
      // Delivered by PostgreSQL to every replica (this one too) when, and only if, it commits.
      em.createNativeQuery("select count(*) from (select pg_notify(?1, ?2)) sent")
          .setParameter(1, IncidentNotice.CHANNEL)
          .setParameter(2, write(notice))
          .getSingleResult();
    } else {
      emit(
          new Published(notice.event(), entry, incident.visibility, access.participants(incident)));
    }
  }

  /** A notice from any replica: loads what subscribers get and pushes it to this one's. */
  void received(String payload) {
    IncidentNotice notice = read(payload);
    Published published =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  Incident incident = Incident.findById(notice.incidentId());
                  if (incident == null) {
                    return null;
                  }
                  TimelineEntry entry =
                      notice.entryId() == null ? null : TimelineEntry.findById(notice.entryId());
                  return new Published(
                      notice.event(),
                      entry == null ? null : TimelineViews.entry(entry),
                      notice.visibility(),
                      access.participants(incident));
                });
    if (published != null) {
      emit(published);
    }
  }

  private String write(IncidentNotice notice) {
    try {
      return json.writeValueAsString(notice);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private IncidentNotice read(String payload) {
    try {
      return json.readValue(payload, IncidentNotice.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("unreadable incident notice", e);
    }
  }

  private synchronized void emit(Published published) {
    processor.onNext(published);
  }
}
