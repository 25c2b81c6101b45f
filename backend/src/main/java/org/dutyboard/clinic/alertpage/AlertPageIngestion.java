package org.dutyboard.clinic.alertpage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.dutyboard.clinic.alertpage.AlertmanagerPayload.Alert;
import org.dutyboard.clinic.alertpage.AlertmanagerPayload.Batch;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.rotation.Rotation;
import org.dutyboard.rotation.schedule.OnCallView;
import org.dutyboard.rotation.schedule.ScheduleQueries;
import org.jboss.logging.Logger;

/**
 * Records an Alertmanager notification as pages, in one transaction. The rule ({@link
 * AlertPageDeduplication}): one page per (fingerprint, startsAt); later deliveries only count and
 * may resolve it.
 */
@ApplicationScoped
@Transactional
public class AlertPageIngestion {
  private static final Logger LOG = Logger.getLogger(AlertPageIngestion.class);

  @Inject Caller caller;
  @Inject Clock clock;
  @Inject AlertmanagerConfig config;
  @Inject EntityManager em;
  @Inject RotationMapping mapping;
  @Inject ScheduleQueries schedules;

  /** What a delivery changed. */
  public record Result(int created, int updated, int unchanged) {}

  public Result ingest(Batch batch, String urlRotation) {
    caller.require(Role.INGEST);
    Instant now = clock.instant();
    Map<String, Optional<Rotation>> rotations = new HashMap<>();
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    for (Alert alert : batch.alerts()) {
      Optional<AlertPage> existing =
          AlertPage.<AlertPage>find(
                  "fingerprint = ?1 and startsAt = ?2", alert.fingerprint(), alert.startsAt())
              .withLock(LockModeType.PESSIMISTIC_WRITE)
              .firstResultOptional();
      if (existing.isEmpty()) {
        String ref = rotationRef(alert, urlRotation);
        Optional<Rotation> rotation =
            ref == null ? Optional.empty() : rotations.computeIfAbsent(ref, mapping::resolve);
        if (ref != null && rotation.isEmpty()) {
          LOG.warnf(
              "Page %s names unknown rotation '%s'; kept unattributed", alert.fingerprint(), ref);
        }
        AlertPage page = AlertPageDeduplication.newPage(alert, batch.receiver(), now);
        page.rotationRef = ref;
        rotation.ifPresent(
            r -> {
              page.rotationId = r.id;
              page.teamId = r.teamId;
            });
        page.persist();
        rotation.ifPresent(r -> attribute(page, r));
        created++;
      } else if (AlertPageDeduplication.apply(existing.get(), alert, now)) {
        updated++;
      } else {
        unchanged++;
      }
    }
    em.flush();
    return new Result(created, updated, unchanged);
  }

  private String rotationRef(Alert alert, String urlRotation) {
    String label = alert.labels().get(config.rotationLabel());
    if (label != null && !label.isBlank()) {
      return label.strip();
    }
    if (urlRotation != null && !urlRotation.isBlank()) {
      return urlRotation.strip();
    }
    return config.defaultRotation().filter(s -> !s.isBlank()).map(String::strip).orElse(null);
  }

  /** Records who was on call for the rotation when the alert started firing. */
  private void attribute(AlertPage page, Rotation rotation) {
    List<OnCallView> holders = schedules.holdersAt(rotation.id, page.startsAt);
    for (int i = 0; i < holders.size(); i++) {
      AlertPageAttribution a = new AlertPageAttribution();
      a.id = UUID.randomUUID();
      a.pageId = page.id;
      a.position = i;
      a.role = holders.get(i).role();
      a.personId = holders.get(i).person().id();
      a.persist();
    }
  }
}
