package org.dutyboard.component;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.error.Texts;
import org.dutyboard.common.page.PageRequest;
import org.dutyboard.common.page.PageRequest.Page;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;

/**
 * Manual component status: an ADMIN sets a status by hand (with a reason, optionally until a time)
 * and clears it; while it applies it replaces the derived status on the status site. The override
 * lives on the component, so the component's version guards concurrent edits; every set and clear
 * is appended to the history that viewers read.
 */
@ApplicationScoped
@Transactional
public class ComponentOverrideService {
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject EntityManager em;

  public ComponentView set(
      UUID componentId, ComponentOverrideInput input, Integer expectedVersion) {
    caller.require(Role.ADMIN);
    if (input == null || input.status() == null) {
      throw DutyboardException.validation("status", "status is required");
    }
    String reason = Texts.required("reason", input.reason(), 2000);
    Instant now = clock.instant();
    if (input.until() != null && !input.until().isAfter(now)) {
      throw DutyboardException.validation("until", "until must be in the future");
    }
    Component component = require(componentId, expectedVersion);
    component.overrideStatus = input.status();
    component.overrideReason = reason;
    component.overrideUntil = input.until();
    component.overrideSetBy = caller.name();
    component.overrideSetAt = now;
    component.updatedAt = now;
    record(component, ComponentOverrideAction.SET, reason, now);
    em.flush();
    return ComponentView.of(component);
  }

  public ComponentView clear(UUID componentId, String reason, Integer expectedVersion) {
    caller.require(Role.ADMIN);
    String why = Texts.optional("reason", reason, 2000);
    Component component = require(componentId, expectedVersion);
    if (component.overrideStatus == null) {
      throw DutyboardException.conflict("componentId", "The component has no manual status");
    }
    Instant now = clock.instant();
    component.overrideStatus = null;
    component.overrideReason = null;
    component.overrideUntil = null;
    component.overrideSetBy = null;
    component.overrideSetAt = null;
    component.updatedAt = now;
    record(component, ComponentOverrideAction.CLEAR, why, now);
    em.flush();
    return ComponentView.of(component);
  }

  /** The component's sets and clears, newest first. Needs VIEWER. */
  @Transactional(TxType.SUPPORTS)
  public Page<ComponentOverrideView> history(UUID componentId, PageRequest page) {
    caller.require(Role.VIEWER);
    Component.<Component>findByIdOptional(componentId)
        .orElseThrow(() -> DutyboardException.notFound("componentId", "Component", componentId));
    StringBuilder where = new StringBuilder("componentId = ?1");
    List<Object> params = new ArrayList<>(List.of(componentId));
    page.appendKeyset(where, params, "at", page.hasCursor() ? page.afterInstant() : null, true);
    List<ComponentOverrideEvent> rows =
        ComponentOverrideEvent.<ComponentOverrideEvent>find(
                where.toString(), Sort.descending("at").and("id"), params.toArray())
            .page(0, page.fetchSize())
            .list();
    return page.toPage(rows, e -> e.at.toString(), e -> e.id).map(ComponentOverrideView::of);
  }

  private Component require(UUID id, Integer expectedVersion) {
    Component component =
        Component.<Component>findByIdOptional(id)
            .orElseThrow(() -> DutyboardException.notFound("componentId", "Component", id));
    DutyboardException.checkVersion("Component " + id, expectedVersion, component.version);
    return component;
  }

  private void record(
      Component component, ComponentOverrideAction action, String reason, Instant now) {
    ComponentOverrideEvent event = new ComponentOverrideEvent();
    event.id = UUID.randomUUID();
    event.componentId = component.id;
    event.action = action;
    event.status = component.overrideStatus;
    event.reason = reason;
    event.until = component.overrideUntil;
    event.actor = caller.name();
    event.at = now;
    event.persist();
  }
}
