package org.dutyboard.maintenance.vendor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dutyboard.common.db.AdvisoryLock;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.component.Component;
import org.dutyboard.maintenance.MaintenanceService;
import org.dutyboard.maintenance.MaintenanceStatus;
import org.dutyboard.maintenance.MaintenanceWindow;
import org.dutyboard.maintenance.MaintenanceWindowInput;
import org.dutyboard.maintenance.vendor.MaintenanceNotification.CircuitImpact;
import org.jboss.logging.Logger;

/**
 * Turns vendor maintenance notifications into internal maintenance windows. INGEST (the mail pipe's
 * token) or SCHEDULER may deliver them. A provider's maintenance is identified by provider and
 * maintenance id; a notification applies only if its SEQUENCE is higher than the one applied, so
 * duplicate and out-of-order mail changes nothing. Notifications of one maintenance are serialized
 * by a transaction-scoped advisory lock (and a unique key), so concurrent deliveries of the same
 * mail create one window. One calendar is all or nothing.
 */
@ApplicationScoped
@Transactional
public class VendorMaintenanceService {
  /** Public title and message of a new window: nothing private, in case someone publishes it. */
  static final String TITLE = "Planned maintenance by a network provider";

  static final String MESSAGE =
      "A network provider has announced planned maintenance that may affect these services.";

  private static final Logger LOG = Logger.getLogger(VendorMaintenanceService.class);

  @Inject Caller caller;
  @Inject Clock clock;
  @Inject EntityManager em;
  @Inject MaintenanceService maintenance;
  @Inject VendorMaintenanceConfig config;

  /** One iCalendar object (BCOP maintenance notification). */
  public List<VendorNotificationResultView> ingestCalendar(String calendar) {
    caller.requireAny(Role.INGEST, Role.SCHEDULER); // before the input is read
    return ingest(MaintenanceNotificationParser.parse(calendar));
  }

  /** A whole RFC 822 mail: every iCalendar part in it. */
  public List<VendorNotificationResultView> ingestEmail(byte[] message) {
    caller.requireAny(Role.INGEST, Role.SCHEDULER);
    List<MaintenanceNotification> notifications = new ArrayList<>();
    NotificationEmail.calendars(message)
        .forEach(c -> notifications.addAll(MaintenanceNotificationParser.parse(c)));
    return ingest(notifications);
  }

  private List<VendorNotificationResultView> ingest(List<MaintenanceNotification> notifications) {
    CircuitComponents circuits =
        new CircuitComponents(
            config.circuitComponents(),
            config.circuitComponents().isEmpty() ? List.of() : Component.listAll(),
            unknown ->
                LOG.warnf(
                    "dutyboard.maintenance.vendor.circuit-components: %s names no component",
                    unknown));
    return notifications.stream().map(n -> apply(n, circuits)).toList();
  }

  private VendorNotificationResultView apply(MaintenanceNotification n, CircuitComponents table) {
    lock(n);
    Optional<VendorMaintenance> found =
        VendorMaintenance.findByKey(n.providerKey(), n.maintenanceId());
    if (found.isPresent() && n.sequence() <= found.get().sequence) {
      VendorMaintenance known = found.get();
      VendorNotificationOutcome outcome =
          n.sequence() == known.sequence
              ? VendorNotificationOutcome.IGNORED_DUPLICATE
              : VendorNotificationOutcome.IGNORED_OLDER;
      return result(n, outcome, known);
    }
    Map<String, UUID> components =
        table.of(n.circuits().stream().map(CircuitImpact::circuitId).toList());
    VendorMaintenance record = found.orElseGet(VendorMaintenance::new);
    MaintenanceWindow window =
        found.map(r -> MaintenanceWindow.<MaintenanceWindow>findById(r.maintenanceId)).orElse(null);
    MaintenanceStatus target = n.status() == null ? MaintenanceStatus.SCHEDULED : n.status().window;
    if (window == null || (window.status.isFinal() && !target.isFinal())) {
      // New, or announced again after it was cancelled or completed: a fresh internal window.
      MaintenanceWindowInput input = input(TITLE, MESSAGE, n, components, notes(n));
      record.maintenanceId = maintenance.scheduleUnpublished(input).id();
      if (target != MaintenanceStatus.SCHEDULED) {
        maintenance.revise(record.maintenanceId, input, target, updateMessage(target));
      }
    } else if (!window.status.isFinal()) {
      if (target == MaintenanceStatus.CANCELLED && window.status != MaintenanceStatus.SCHEDULED) {
        target = MaintenanceStatus.COMPLETED; // called off after it started: it is over
      }
      MaintenanceWindowInput input =
          input(window.title, window.message, n, components, window.internalNotes);
      maintenance.revise(window.id, input, target, updateMessage(target));
    } // else the window is over and stays so; the record keeps the provider's latest word
    save(record, n, components);
    VendorNotificationOutcome outcome =
        n.status() == VendorMaintenanceStatus.CANCELLED
            ? VendorNotificationOutcome.CANCELLED
            : found.isEmpty()
                ? VendorNotificationOutcome.CREATED
                : VendorNotificationOutcome.UPDATED;
    return result(n, outcome, record);
  }

  /** Serializes notifications of one provider maintenance until this transaction ends. */
  private void lock(MaintenanceNotification n) {
    AdvisoryLock.awaitForTransaction(
        em, "vendor-maintenance\n" + n.providerKey() + "\n" + n.maintenanceId());
  }

  private void save(VendorMaintenance record, MaintenanceNotification n, Map<String, UUID> map) {
    Instant now = clock.instant();
    boolean isNew = record.id == null;
    if (isNew) {
      record.id = UUID.randomUUID();
      record.receivedAt = now;
      record.providerKey = n.providerKey();
      record.providerMaintenanceId = n.maintenanceId();
    }
    record.provider = n.provider();
    record.account = n.account();
    record.eventUid = n.uid();
    record.sequence = n.sequence();
    record.vendorStatus = n.status();
    record.impact = n.impact();
    record.summary = n.summary();
    record.organizer = n.organizer();
    record.updatedAt = now;
    if (isNew) {
      record.persist();
    } else {
      VendorCircuit.delete("vendorMaintenanceId", record.id);
      em.flush(); // the old circuits go before their replacements (unique circuit per record)
    }
    int position = 0;
    for (CircuitImpact c : n.circuits()) {
      VendorCircuit circuit = new VendorCircuit();
      circuit.id = UUID.randomUUID();
      circuit.vendorMaintenanceId = record.id;
      circuit.position = position++;
      circuit.circuitId = c.circuitId();
      circuit.impact = c.impact();
      circuit.componentId = map.get(c.circuitId());
      circuit.persist();
    }
    em.flush();
  }

  private static MaintenanceWindowInput input(
      String title,
      String message,
      MaintenanceNotification n,
      Map<String, UUID> components,
      String notes) {
    return new MaintenanceWindowInput(
        title,
        message,
        n.start(),
        n.end(),
        new LinkedHashSet<>(components.values()).stream().map(UUID::toString).toList(),
        clip(n.provider() + " " + n.maintenanceId(), 200),
        clip(
            n.circuits().stream().map(CircuitImpact::circuitId).collect(Collectors.joining(", ")),
            200),
        notes);
  }

  /** The window's first internal notes; people may edit them, later notifications keep them. */
  private static String notes(MaintenanceNotification n) {
    String notes =
        "From a maintenance notification of "
            + n.provider()
            + (n.account() == null ? "" : " (account " + n.account() + ")")
            + ", maintenance "
            + n.maintenanceId()
            + (n.summary() == null ? "." : ": " + n.summary());
    return clip(notes, 10_000);
  }

  private static String updateMessage(MaintenanceStatus target) {
    return switch (target) {
      case IN_PROGRESS -> "The provider reports that the maintenance has started.";
      case COMPLETED -> "The provider reports that the maintenance is over.";
      case CANCELLED -> "The provider has cancelled this maintenance.";
      default -> "The provider has updated this maintenance.";
    };
  }

  private static VendorNotificationResultView result(
      MaintenanceNotification n, VendorNotificationOutcome outcome, VendorMaintenance record) {
    return new VendorNotificationResultView(
        outcome,
        n.provider(),
        n.maintenanceId(),
        n.sequence(),
        record.sequence,
        record.maintenanceId);
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
