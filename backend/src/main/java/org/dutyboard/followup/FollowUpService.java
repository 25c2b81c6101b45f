package org.dutyboard.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.error.Texts;
import org.dutyboard.common.graphql.Ids;
import org.dutyboard.common.page.PageRequest;
import org.dutyboard.common.page.PageRequest.Page;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.incident.IncidentAccess;
import org.dutyboard.people.PeopleService;

/**
 * Follow-up tasks. They belong to an incident and are visible exactly to those who see it. Due
 * dates are UTC dates: a task is overdue from the day after its due date while still open.
 */
@ApplicationScoped
@Transactional
public class FollowUpService {
  private static final List<FollowUpStatus> OPEN =
      List.of(FollowUpStatus.OPEN, FollowUpStatus.IN_PROGRESS);

  @Inject Caller caller;
  @Inject Clock clock;
  @Inject EntityManager em;
  @Inject IncidentAccess access;
  @Inject PeopleService people;
  @Inject FollowUpConfig config;
  @Inject FollowUpViews views;

  public FollowUpView create(UUID incidentId, FollowUpInput input) {
    caller.require(Role.RESPONDER);
    access.requireVisible(incidentId, "incidentId");
    FollowUp task = new FollowUp();
    task.id = UUID.randomUUID();
    task.incidentId = incidentId;
    task.status = FollowUpStatus.OPEN;
    task.createdAt = clock.instant();
    apply(task, input);
    task.persist();
    em.flush();
    return views.of(List.of(task)).get(0);
  }

  public FollowUpView update(UUID id, FollowUpInput input, Integer expectedVersion) {
    FollowUp task = requireVisible(id, expectedVersion);
    apply(task, input);
    em.flush();
    return views.of(List.of(task)).get(0);
  }

  public FollowUpView transition(
      UUID id, FollowUpStatus to, String reason, Integer expectedVersion) {
    FollowUp task = requireVisible(id, expectedVersion);
    if (!task.status.canMoveTo(to)) {
      throw DutyboardException.conflict(
          "status", "A follow-up cannot go from " + task.status + " to " + to);
    }
    task.wontDoReason =
        to == FollowUpStatus.WONT_DO ? Texts.required("reason", reason, 2000) : null;
    task.completedAt = to.isOpen() ? null : clock.instant();
    task.status = to;
    task.updatedAt = clock.instant();
    em.flush();
    return views.of(List.of(task)).get(0);
  }

  @Transactional(TxType.SUPPORTS)
  public Page<FollowUpView> list(FollowUpFilter filter, PageRequest page) {
    IncidentAccess.Scope scope = access.scope();
    FollowUpFilter f = filter == null ? new FollowUpFilter(null, null, null, null) : filter;
    StringBuilder jpql =
        new StringBuilder(
            "select f from FollowUp f, Incident i where i.id = f.incidentId and "
                + IncidentAccess.VISIBLE);
    Map<String, Object> params = new HashMap<>();
    if (f.incidentId() != null) {
      jpql.append(" and f.incidentId = :incident");
      params.put("incident", Ids.parse(f.incidentId(), "incidentId"));
    }
    if (f.status() != null) {
      jpql.append(" and f.status = :status");
      params.put("status", f.status());
    }
    if (Boolean.TRUE.equals(f.overdue())) {
      jpql.append(" and f.status in :open and f.dueOn < :today");
      params.put("open", OPEN);
      params.put("today", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }
    if (Boolean.TRUE.equals(f.unowned())) {
      jpql.append(" and f.status in :open and f.ownerId is null");
      params.put("open", OPEN);
    }
    if (page.hasCursor()) {
      jpql.append(" and (f.createdAt > :at or (f.createdAt = :at and f.id > :id))");
      params.put("at", page.afterInstant());
      params.put("id", page.afterId());
    }
    jpql.append(" order by f.createdAt, f.id");
    TypedQuery<FollowUp> query =
        access.bind(em.createQuery(jpql.toString(), FollowUp.class), scope);
    params.forEach(query::setParameter);
    List<FollowUp> rows = query.setMaxResults(page.fetchSize()).getResultList();
    Page<FollowUp> cut = page.toPage(rows, t -> t.createdAt.toString(), t -> t.id);
    return new Page<>(views.of(cut.items()), cut.pageInfo());
  }

  /** Open (OPEN or IN_PROGRESS) follow-ups per incident, in one statement. */
  @Transactional(TxType.SUPPORTS)
  public Map<UUID, Long> openCounts(List<UUID> incidentIds) {
    Map<UUID, Long> counts = new HashMap<>();
    if (!incidentIds.isEmpty()) {
      em.createQuery(
              "select f.incidentId, count(f) from FollowUp f where f.incidentId in :ids"
                  + " and f.status in :open group by f.incidentId",
              Object[].class)
          .setParameter("ids", incidentIds)
          .setParameter("open", OPEN)
          .getResultList()
          .forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
    }
    return counts;
  }

  private FollowUp requireVisible(UUID id, Integer expectedVersion) {
    caller.require(Role.RESPONDER);
    FollowUp task =
        FollowUp.<FollowUp>findByIdOptional(id)
            .orElseThrow(() -> DutyboardException.notFound("id", "Follow-up", id));
    try {
      access.requireVisible(task.incidentId, "id");
    } catch (DutyboardException hidden) {
      throw DutyboardException.notFound("id", "Follow-up", id);
    }
    DutyboardException.checkVersion("Follow-up " + id, expectedVersion, task.version);
    return task;
  }

  private void apply(FollowUp task, FollowUpInput input) {
    task.title = Texts.singleLine("title", input.title(), 200);
    task.description = Texts.optional("description", input.description(), 10_000);
    task.ownerId = Ids.parse(input.ownerId(), "ownerId");
    if (task.ownerId != null) {
      people.requirePerson(task.ownerId, "ownerId");
    }
    task.dueOn = input.dueOn();
    task.priority = input.priority() == null ? FollowUpPriority.MEDIUM : input.priority();
    if (input.kind() == null) {
      throw DutyboardException.validation("kind", "kind is required");
    }
    task.kind = input.kind();
    LinkedHashSet<String> tags =
        new LinkedHashSet<>(input.tags() == null ? List.of() : input.tags());
    for (String tag : tags) {
      if (!config.tags().contains(tag)) {
        throw DutyboardException.validation(
            "tags", "Unknown tag " + tag + "; allowed: " + String.join(", ", config.tags()));
      }
    }
    task.tags = String.join(",", tags);
    task.ticketUrl = Texts.url("ticketUrl", input.ticketUrl());
    task.updatedAt = clock.instant();
  }
}
