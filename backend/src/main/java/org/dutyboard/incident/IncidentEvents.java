package org.dutyboard.incident;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;

/**
 * Pushes incident changes to live subscribers, only after the transaction commits (a rolled-back
 * change is never announced). Each event carries the incident's visibility and participants as they
 * were at that moment, so subscriptions filter with the same rules as queries.
 */
@ApplicationScoped
public class IncidentEvents {
  /** An event with what subscribers need to decide whether they may see it. */
  public record Published(
      IncidentEvent event,
      TimelineEntryView entry,
      Visibility visibility,
      Set<UUID> participants) {}

  private final BroadcastProcessor<Published> processor = BroadcastProcessor.create();

  @Inject TransactionSynchronizationRegistry transactions;
  @Inject IncidentAccess access;
  @Inject IncidentLoader loader;
  @Inject Clock clock;

  public Multi<Published> stream() {
    return processor;
  }

  void changed(Incident incident, IncidentEventKind kind) {
    publish(incident, kind, null);
  }

  void timelineEntryAdded(Incident incident, TimelineEntryView entry) {
    publish(incident, IncidentEventKind.TIMELINE_ENTRY_ADDED, entry);
  }

  private void publish(Incident incident, IncidentEventKind kind, TimelineEntryView entry) {
    IncidentEvent event =
        new IncidentEvent(
            incident.id,
            loader.reference(incident),
            kind,
            incident.status,
            incident.severity,
            incident.visibility,
            (int) incident.version,
            clock.instant());
    Published published =
        new Published(event, entry, incident.visibility, access.participants(incident));
    if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              if (status == Status.STATUS_COMMITTED) {
                emit(published);
              }
            }
          });
    } else {
      emit(published);
    }
  }

  private synchronized void emit(Published published) {
    processor.onNext(published);
  }
}
