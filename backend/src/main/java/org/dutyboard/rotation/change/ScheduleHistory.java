package org.dutyboard.rotation.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;
import org.dutyboard.common.security.Caller;

/** Records every schedule change with its author, time and reason, in the caller's transaction. */
@ApplicationScoped
public class ScheduleHistory {
  @Inject Caller caller;
  @Inject Clock clock;

  public void record(UUID rotationId, ScheduleChangeKind kind, String summary, String reason) {
    ScheduleChange change = new ScheduleChange();
    change.id = UUID.randomUUID();
    change.rotationId = rotationId;
    change.kind = kind;
    change.summary = summary;
    change.reason = reason;
    change.author = caller.name();
    change.createdAt = clock.instant();
    change.persist();
  }
}
