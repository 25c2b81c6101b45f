package org.dutyboard.incident;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Set;
import java.util.UUID;
import org.dutyboard.common.db.AnyOf;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.people.CurrentPerson;

/**
 * Who may see which incident. PUBLIC incidents: every VIEWER. PRIVATE incidents: their participants
 * (the declarer and anyone who ever held a role in them) and SECURITY/ADMIN callers. An incident
 * the caller may not see does not exist for them: NOT_FOUND, never FORBIDDEN, so its existence does
 * not leak.
 */
@ApplicationScoped
public class IncidentAccess {
  /** JPQL condition on an incident aliased {@code i}; bind it with {@link #bind}. */
  public static final String VISIBLE =
      "(i.visibility = :publicVisibility or :allPrivate = true or i.declaredByPersonId = :me"
          + " or exists (select 1 from IncidentRoleAssignment a"
          + " where a.incidentId = i.id and a.personId = :me))";

  private static final UUID NOBODY = new UUID(0, 0);

  @Inject Caller caller;
  @Inject CurrentPerson me;
  @Inject EntityManager em;

  /** What the caller may see of private incidents. */
  public record Scope(boolean allPrivate, UUID personId) {
    public boolean mayEverSee(Visibility visibility, java.util.Set<UUID> participants) {
      return visibility == Visibility.PUBLIC
          || allPrivate
          || (personId != null && participants.contains(personId));
    }
  }

  /** The caller's scope; requires VIEWER. */
  public Scope scope() {
    caller.require(Role.VIEWER);
    return new Scope(caller.has(Role.SECURITY), me.id().orElse(null));
  }

  public <T> TypedQuery<T> bind(TypedQuery<T> query, Scope scope) {
    return query
        .setParameter("publicVisibility", Visibility.PUBLIC)
        .setParameter("allPrivate", scope.allPrivate())
        .setParameter("me", scope.personId() == null ? NOBODY : scope.personId());
  }

  /**
   * The scope of an identity outside a request (a subscription). Blocking: call it on a worker
   * thread inside a transaction.
   */
  public Scope scopeOf(SecurityIdentity identity) {
    if (identity == null || identity.isAnonymous()) {
      throw DutyboardException.unauthenticated();
    }
    Set<Role> roles = Caller.effectiveRoles(identity.getRoles());
    if (!roles.contains(Role.VIEWER)) {
      throw DutyboardException.forbidden("This operation needs the viewer role");
    }
    return new Scope(roles.contains(Role.SECURITY), CurrentPerson.personOf(identity).orElse(null));
  }

  /** The incident if the caller may see it; NOT_FOUND naming {@code field} otherwise. */
  public Incident requireVisible(UUID id, String field) {
    return requireVisible(id, field, scope());
  }

  public Incident requireVisible(UUID id, String field, Scope scope) {
    return bind(
            em.createQuery("from Incident i where i.id = :id and " + VISIBLE, Incident.class),
            scope)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> DutyboardException.notFound(field, "Incident", id));
  }

  /** Those of {@code ids} the caller may see, in one query. */
  public Set<UUID> visibleAmong(java.util.Collection<UUID> ids) {
    Scope scope = scope();
    if (ids.isEmpty()) {
      return Set.of();
    }
    return new java.util.HashSet<>(
        bind(
                em.createQuery(
                    "select i.id from Incident i where any_of(:ids, i.id) and " + VISIBLE,
                    UUID.class),
                scope)
            .setParameter("ids", AnyOf.ids(ids))
            .getResultList());
  }

  /** A visible incident that responders may change: RESPONDER role, not CLOSED, right version. */
  public Incident requireEditable(UUID id, String field, Integer expectedVersion) {
    caller.require(Role.RESPONDER);
    Incident incident = requireVisible(id, field);
    requireOpen(incident);
    DutyboardException.checkVersion("Incident " + id, expectedVersion, incident.version);
    return incident;
  }

  public static void requireOpen(Incident incident) {
    if (incident.status == IncidentStatus.CLOSED) {
      throw DutyboardException.conflict(
          "id", "The incident is CLOSED and read-only; reopen it to change it");
    }
  }

  /** Everyone who ever took part: the declarer and every role holder, past or present. */
  public java.util.Set<UUID> participants(Incident incident) {
    java.util.Set<UUID> people =
        new java.util.HashSet<>(
            em.createQuery(
                    "select a.personId from IncidentRoleAssignment a where a.incidentId = :id",
                    UUID.class)
                .setParameter("id", incident.id)
                .getResultList());
    people.add(incident.declaredByPersonId);
    return people;
  }
}
