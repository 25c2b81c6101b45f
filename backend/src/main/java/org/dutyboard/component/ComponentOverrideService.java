package org.dutyboard.component;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.dutyboard.common.db.Entities;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.error.Texts;
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
    return ComponentViews.of(component);
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
    return ComponentViews.of(component);
  }

  private Component require(UUID id, Integer expectedVersion) {
    Component component = Entities.require(Component.class, id, "componentId", "Component");
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
