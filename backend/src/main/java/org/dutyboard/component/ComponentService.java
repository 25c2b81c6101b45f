package org.dutyboard.component;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.dutyboard.common.db.AnyOf;
import org.dutyboard.common.db.Entities;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.error.Texts;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;

/** Edits of the component catalogue: admins create, update and delete components. */
@ApplicationScoped
@Transactional
public class ComponentService {
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject EntityManager em;
  @Inject Instance<ComponentDeletionGuard> guards;

  public ComponentView create(ComponentInput input) {
    caller.require(Role.ADMIN);
    Component component = new Component();
    component.id = UUID.randomUUID();
    component.createdAt = clock.instant();
    apply(component, input);
    component.persist();
    em.flush();
    return ComponentViews.of(component);
  }

  public ComponentView update(UUID id, ComponentInput input, Integer expectedVersion) {
    caller.require(Role.ADMIN);
    Component component = require(id, "id");
    DutyboardException.checkVersion("Component " + id, expectedVersion, component.version);
    apply(component, input);
    em.flush();
    return ComponentViews.of(component);
  }

  public boolean delete(UUID id, Integer expectedVersion) {
    caller.require(Role.ADMIN);
    Component component = require(id, "id");
    DutyboardException.checkVersion("Component " + id, expectedVersion, component.version);
    guards.forEach(guard -> guard.checkDeletable(component));
    component.delete();
    return true;
  }

  /** Fails with NOT_FOUND naming {@code field} unless every id is a known component. */
  @Transactional(TxType.SUPPORTS)
  public List<Component> requireAll(Collection<UUID> ids, String field) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Component> found =
        em.createQuery("from Component where any_of(:ids, id)", Component.class)
            .setParameter("ids", AnyOf.ids(new HashSet<>(ids)))
            .getResultList();
    if (found.size() != new HashSet<>(ids).size()) {
      var known = found.stream().map(c -> c.id).toList();
      UUID missing = ids.stream().filter(i -> !known.contains(i)).findFirst().orElseThrow();
      throw DutyboardException.notFound(field, "Component", missing);
    }
    return found;
  }

  private Component require(UUID id, String field) {
    return Entities.require(Component.class, id, field, "Component");
  }

  private void apply(Component component, ComponentInput input) {
    String name = Texts.singleLine("name", input.name(), 120);
    Component.<Component>find("name", name)
        .firstResultOptional()
        .filter(other -> !other.id.equals(component.id))
        .ifPresent(
            other -> {
              throw DutyboardException.conflict("name", "A component named " + name + " exists");
            });
    component.name = name;
    component.description = Texts.optional("description", input.description(), 2000);
    component.groupName = Texts.optional("group", input.group(), 120);
    component.displayOrder = input.displayOrder() == null ? 0 : input.displayOrder();
    component.showOnlyWhenDegraded = Boolean.TRUE.equals(input.showOnlyWhenDegraded());
    component.updatedAt = clock.instant();
  }
}
