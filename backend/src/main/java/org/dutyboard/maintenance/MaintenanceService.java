package org.dutyboard.maintenance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.dutyboard.common.db.Entities;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.error.Texts;
import org.dutyboard.common.graphql.Ids;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.component.ComponentService;

/**
 * Scheduled maintenance windows: SCHEDULER (or ADMIN) schedules, edits, posts updates and cancels.
 * The start and end transitions are automatic ({@link MaintenanceTransitionJob}); people may move a
 * window forward earlier (e.g. complete it early).
 */
@ApplicationScoped
@Transactional
public class MaintenanceService {
  static final String CANCELLED_MESSAGE = "This maintenance has been cancelled.";

  @Inject Caller caller;
  @Inject Clock clock;
  @Inject EntityManager em;
  @Inject ComponentService components;
  @Inject MaintenanceViews views;

  public MaintenanceWindowView schedule(MaintenanceWindowInput input) {
    caller.require(Role.SCHEDULER);
    return create(input, true);
  }

  /**
   * Records a private (unpublished) window for a machine source, e.g. vendor maintenance
   * notifications. No role check: the calling service authorizes its caller.
   */
  public MaintenanceWindowView scheduleUnpublished(MaintenanceWindowInput input) {
    return create(input, false);
  }

  /**
   * Replaces a window's content for a machine source and, when {@code status} differs, posts an
   * update with {@code message} moving it there (CANCELLED only while SCHEDULED, else forward
   * only). No role or version check: the calling service authorizes its caller and orders its
   * messages.
   */
  public MaintenanceWindowView revise(
      UUID id, MaintenanceWindowInput input, MaintenanceStatus status, String message) {
    MaintenanceWindow window = find(id);
    if (window.status.isFinal()) {
      throw DutyboardException.conflict("id", "The maintenance is " + window.status);
    }
    replaceComponents(window.id, apply(window, input));
    boolean moves =
        status == MaintenanceStatus.CANCELLED
            ? window.status == MaintenanceStatus.SCHEDULED
            : window.status.canPostUpdateWith(status) && status != window.status;
    if (moves) {
      post(window, status, message);
    }
    em.flush();
    return view(window);
  }

  /** Shows a window on the public status site, or takes it off. Needs SCHEDULER. */
  public MaintenanceWindowView setPublished(UUID id, boolean published, Integer expectedVersion) {
    caller.require(Role.SCHEDULER);
    MaintenanceWindow window = find(id);
    DutyboardException.checkVersion("Maintenance " + id, expectedVersion, window.version);
    if (window.published != published) {
      window.published = published;
      window.updatedAt = clock.instant();
      em.flush();
    }
    return view(window);
  }

  private MaintenanceWindowView create(MaintenanceWindowInput input, boolean published) {
    MaintenanceWindow window = new MaintenanceWindow();
    window.id = UUID.randomUUID();
    window.status = MaintenanceStatus.SCHEDULED;
    window.createdBy = caller.name();
    window.createdAt = clock.instant();
    window.published = published;
    List<UUID> componentIds = apply(window, input);
    window.persist();
    replaceComponents(window.id, componentIds);
    em.flush();
    return view(window);
  }

  public MaintenanceWindowView update(
      UUID id, MaintenanceWindowInput input, Integer expectedVersion) {
    MaintenanceWindow window = requireOpen(id, expectedVersion);
    List<UUID> componentIds = apply(window, input);
    replaceComponents(window.id, componentIds);
    em.flush();
    return view(window);
  }

  public MaintenanceWindowView postUpdate(
      UUID id, MaintenanceUpdateInput input, Integer expectedVersion) {
    caller.require(Role.SCHEDULER); // before the input: a viewer learns nothing from it
    if (input == null || input.status() == null) {
      throw DutyboardException.validation("status", "status is required");
    }
    String message = Texts.required("message", input.message(), 10_000);
    MaintenanceWindow window = requireOpen(id, expectedVersion);
    if (!window.status.canPostUpdateWith(input.status())) {
      throw DutyboardException.conflict(
          "status",
          "A maintenance update cannot move it from " + window.status + " to " + input.status());
    }
    post(window, input.status(), message);
    em.flush();
    return view(window);
  }

  /** Calls a window off before it starts; it disappears from the status site. */
  public MaintenanceWindowView cancel(UUID id, String reason, Integer expectedVersion) {
    String message = Texts.optional("reason", reason, 10_000);
    MaintenanceWindow window = requireOpen(id, expectedVersion);
    if (window.status != MaintenanceStatus.SCHEDULED) {
      throw DutyboardException.conflict(
          "id", "Only a SCHEDULED maintenance can be cancelled; it is " + window.status);
    }
    post(window, MaintenanceStatus.CANCELLED, message == null ? CANCELLED_MESSAGE : message);
    em.flush();
    return view(window);
  }

  private void post(MaintenanceWindow window, MaintenanceStatus status, String message) {
    Instant now = clock.instant();
    MaintenanceUpdateEntry update = new MaintenanceUpdateEntry();
    update.id = UUID.randomUUID();
    update.maintenanceId = window.id;
    update.status = status;
    update.message = message;
    update.author = caller.name();
    update.postedAt = now;
    update.persist();
    window.status = status;
    window.updatedAt = now; // always dirty: the version guards concurrent posts too
  }

  private MaintenanceWindow requireOpen(UUID id, Integer expectedVersion) {
    caller.require(Role.SCHEDULER);
    MaintenanceWindow window = Entities.require(MaintenanceWindow.class, id, "id", "Maintenance");
    DutyboardException.checkVersion("Maintenance " + id, expectedVersion, window.version);
    if (window.status.isFinal()) {
      throw DutyboardException.conflict("id", "The maintenance is " + window.status);
    }
    return window;
  }

  /** Checks and copies the input; returns the component ids (all known, no duplicates). */
  private List<UUID> apply(MaintenanceWindow window, MaintenanceWindowInput input) {
    if (input == null) {
      throw DutyboardException.validation("input", "input is required");
    }
    String title = Texts.singleLine("title", input.title(), 200);
    String message = Texts.required("message", input.message(), 10_000);
    if (input.plannedStart() == null) {
      throw DutyboardException.validation("plannedStart", "plannedStart is required");
    }
    if (input.plannedEnd() == null || !input.plannedEnd().isAfter(input.plannedStart())) {
      throw DutyboardException.validation("plannedEnd", "plannedEnd must be after plannedStart");
    }
    List<UUID> componentIds =
        List.copyOf(
            new LinkedHashSet<>(
                Ids.parseAll(
                    input.componentIds() == null
                        ? List.of()
                        : input.componentIds().stream().filter(Objects::nonNull).toList(),
                    "componentIds")));
    components.requireAll(componentIds, "componentIds");
    window.title = title;
    window.message = message;
    window.plannedStart = input.plannedStart();
    window.plannedEnd = input.plannedEnd();
    window.vendorReference = Texts.optional("vendorReference", input.vendorReference(), 200);
    window.circuitId = Texts.optional("circuitId", input.circuitId(), 200);
    window.internalNotes = Texts.optional("internalNotes", input.internalNotes(), 10_000);
    window.updatedAt = clock.instant();
    return componentIds;
  }

  private void replaceComponents(UUID maintenanceId, List<UUID> componentIds) {
    MaintenanceComponent.delete("maintenanceId", maintenanceId);
    for (UUID componentId : componentIds) {
      MaintenanceComponent link = new MaintenanceComponent();
      link.id = UUID.randomUUID();
      link.maintenanceId = maintenanceId;
      link.componentId = componentId;
      link.persist();
    }
  }

  private static MaintenanceWindow find(UUID id) {
    return MaintenanceWindow.<MaintenanceWindow>findByIdOptional(id)
        .orElseThrow(() -> DutyboardException.notFound("id", "Maintenance", id));
  }

  private MaintenanceWindowView view(MaintenanceWindow window) {
    return views.of(window);
  }
}
