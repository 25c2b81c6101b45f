package org.dutyboard.maintenance;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.error.Texts;
import org.dutyboard.common.graphql.Ids;
import org.dutyboard.common.page.PageRequest;
import org.dutyboard.common.page.PageRequest.Page;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.component.ComponentService;

/**
 * Scheduled maintenance windows. Viewers read the public fields; RESPONDER or SCHEDULER callers
 * also read the private ones (vendor reference, circuit id, internal notes); SCHEDULER (or ADMIN)
 * schedules, edits, posts updates and cancels. The start and end transitions are automatic ({@link
 * MaintenanceTransitionJob}); people may move a window forward earlier (e.g. complete it early).
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

  @Transactional(TxType.SUPPORTS)
  public Page<MaintenanceView> list(MaintenanceWhen when, PageRequest page) {
    caller.require(Role.VIEWER);
    boolean newestFirst = when == null || when.newestFirst;
    StringBuilder where = new StringBuilder("1 = 1");
    List<Object> params = new ArrayList<>();
    if (when != null) {
      params.add(when.statuses);
      where.append(" and status in ?").append(params.size());
    }
    page.appendKeyset(
        where, params, "plannedStart", page.hasCursor() ? page.afterInstant() : null, newestFirst);
    Sort order =
        (newestFirst ? Sort.descending("plannedStart") : Sort.ascending("plannedStart")).and("id");
    List<MaintenanceWindow> rows =
        MaintenanceWindow.<MaintenanceWindow>find(where.toString(), order, params.toArray())
            .page(0, page.fetchSize())
            .list();
    Page<MaintenanceWindow> cut = page.toPage(rows, w -> w.plannedStart.toString(), w -> w.id);
    return new Page<>(views.of(cut.items(), seesPrivate()), cut.pageInfo());
  }

  @Transactional(TxType.SUPPORTS)
  public Optional<MaintenanceView> get(UUID id) {
    caller.require(Role.VIEWER);
    return MaintenanceWindow.<MaintenanceWindow>findByIdOptional(id)
        .map(w -> views.of(List.of(w), seesPrivate()).get(0));
  }

  /**
   * Windows that are not cancelled and overlap [from, to), by start: for the weekly summary. No
   * authorization check (the summary authorizes its reader, or produces the weekly report for a
   * fixed audience), so the private operations fields are left out; the summary shows none.
   */
  @Transactional(TxType.SUPPORTS)
  public List<MaintenanceView> overlapping(Instant from, Instant to) {
    List<MaintenanceWindow> rows =
        MaintenanceWindow.list(
            "status <> ?1 and plannedStart < ?2 and plannedEnd > ?3",
            Sort.by("plannedStart").and("id"),
            MaintenanceStatus.CANCELLED,
            to,
            from);
    return views.of(rows, false);
  }

  public MaintenanceView schedule(MaintenanceInput input) {
    caller.require(Role.SCHEDULER);
    return create(input, true);
  }

  /**
   * Records a private (unpublished) window for a machine source, e.g. vendor maintenance
   * notifications. No role check: the calling service authorizes its caller.
   */
  public MaintenanceView scheduleUnpublished(MaintenanceInput input) {
    return create(input, false);
  }

  /**
   * Replaces a window's content for a machine source and, when {@code status} differs, posts an
   * update with {@code message} moving it there (CANCELLED only while SCHEDULED, else forward
   * only). No role or version check: the calling service authorizes its caller and orders its
   * messages.
   */
  public MaintenanceView revise(
      UUID id, MaintenanceInput input, MaintenanceStatus status, String message) {
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
  public MaintenanceView setPublished(UUID id, boolean published, Integer expectedVersion) {
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

  private MaintenanceView create(MaintenanceInput input, boolean published) {
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

  public MaintenanceView update(UUID id, MaintenanceInput input, Integer expectedVersion) {
    MaintenanceWindow window = requireOpen(id, expectedVersion);
    List<UUID> componentIds = apply(window, input);
    replaceComponents(window.id, componentIds);
    em.flush();
    return view(window);
  }

  public MaintenanceView postUpdate(
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
  public MaintenanceView cancel(UUID id, String reason, Integer expectedVersion) {
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
    MaintenanceWindow window = find(id);
    DutyboardException.checkVersion("Maintenance " + id, expectedVersion, window.version);
    if (window.status.isFinal()) {
      throw DutyboardException.conflict("id", "The maintenance is " + window.status);
    }
    return window;
  }

  /** Checks and copies the input; returns the component ids (all known, no duplicates). */
  private List<UUID> apply(MaintenanceWindow window, MaintenanceInput input) {
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

  private MaintenanceView view(MaintenanceWindow window) {
    return views.of(List.of(window), seesPrivate()).get(0);
  }

  private boolean seesPrivate() {
    return caller.has(Role.RESPONDER) || caller.has(Role.SCHEDULER);
  }
}
