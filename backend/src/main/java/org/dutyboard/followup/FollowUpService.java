package org.dutyboard.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.dutyboard.common.db.Entities;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.error.Texts;
import org.dutyboard.common.graphql.Ids;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.incident.IncidentAccess;
import org.dutyboard.people.PeopleService;

/**
 * Edits of follow-up tasks. They belong to an incident and are visible exactly to those who see it.
 */
@ApplicationScoped
@Transactional
public class FollowUpService {
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

  private FollowUp requireVisible(UUID id, Integer expectedVersion) {
    caller.require(Role.RESPONDER);
    FollowUp task = Entities.require(FollowUp.class, id, "id", "Follow-up");
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
