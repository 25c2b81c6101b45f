package org.dutyboard.clinic.requests;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.error.Texts;
import org.dutyboard.people.PeopleService;

/** Checks a request's content and stores its requested values. Callers own the transaction. */
@ApplicationScoped
class RequestContent {
  static final int MAX_CHANGES = 20;

  @Inject EntityManager em;
  @Inject PeopleService people;

  /** A request's content after its checks. */
  record Checked(
      RequestKind kind,
      String title,
      String requester,
      UUID requesterId,
      String ticketUrl,
      String details,
      List<QuotaChange> changes,
      boolean unsure) {}

  Checked check(ClinicRequestInput input) {
    if (input == null) {
      throw DutyboardException.validation("input", "input is required");
    }
    if (input.kind() == null) {
      throw DutyboardException.validation("kind", "kind is required");
    }
    if (input.requesterId() != null) {
      people.requirePerson(input.requesterId(), "requesterId");
    }
    String details =
        input.details() == null || input.details().isBlank()
            ? null
            : Texts.required("details", input.details(), 8000);
    return new Checked(
        input.kind(),
        Texts.singleLine("title", input.title(), 300),
        Texts.required("requester", input.requester(), 200),
        input.requesterId(),
        Texts.url("ticketUrl", input.ticketUrl()),
        details,
        changes(input.quotaChanges()),
        Boolean.TRUE.equals(input.unsure()));
  }

  private static List<QuotaChange> changes(List<QuotaChangeInput> inputs) {
    if (inputs == null) {
      return List.of();
    }
    if (inputs.size() > MAX_CHANGES) {
      throw DutyboardException.validation(
          "quotaChanges", "at most " + MAX_CHANGES + " requested values");
    }
    EnumSet<QuotaResource> seen = EnumSet.noneOf(QuotaResource.class);
    List<QuotaChange> result = new ArrayList<>();
    for (QuotaChangeInput in : inputs) {
      if (in == null || in.resource() == null || in.current() == null || in.requested() == null) {
        throw DutyboardException.validation(
            "quotaChanges", "each requested value needs resource, current and requested");
      }
      if (in.current() < 0 || in.requested() < 0) {
        throw DutyboardException.validation("quotaChanges", "quota values cannot be negative");
      }
      if (in.resource() != QuotaResource.OTHER && !seen.add(in.resource())) {
        throw DutyboardException.validation(
            "quotaChanges", in.resource() + " is listed more than once");
      }
      result.add(new QuotaChange(in.resource(), in.current(), in.requested()));
    }
    return List.copyOf(result);
  }

  List<QuotaChange> changes(UUID requestId) {
    return RequestQuota.<RequestQuota>list("requestId", Sort.by("position"), requestId).stream()
        .map(RequestQuota::change)
        .toList();
  }

  void replaceChanges(UUID requestId, List<QuotaChange> changes) {
    RequestQuota.delete("requestId", requestId);
    em.flush();
    for (int i = 0; i < changes.size(); i++) {
      RequestQuota row = new RequestQuota();
      row.id = UUID.randomUUID();
      row.requestId = requestId;
      row.position = i;
      row.resource = changes.get(i).resource();
      row.currentValue = changes.get(i).current();
      row.requestedValue = changes.get(i).requested();
      row.persist();
    }
  }
}
