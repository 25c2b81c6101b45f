package org.dutyboard.clinic.requests;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Turns requests into views with two queries however many there are. Callers own the tx. */
@ApplicationScoped
class ClinicRequestViews {

  List<ClinicRequestView> views(List<ClinicRequest> requests) {
    if (requests.isEmpty()) {
      return List.of();
    }
    List<UUID> ids = requests.stream().map(r -> r.id).toList();
    Map<UUID, List<QuotaChange>> changes = new HashMap<>();
    RequestQuota.<RequestQuota>list("requestId in ?1", Sort.by("requestId").and("position"), ids)
        .forEach(q -> changes.computeIfAbsent(q.requestId, k -> new ArrayList<>()).add(q.change()));
    Map<UUID, List<RequestApprovalView>> approvals = new HashMap<>();
    RequestApproval.<RequestApproval>list("requestId in ?1", Sort.by("approvedAt").and("id"), ids)
        .forEach(
            a ->
                approvals
                    .computeIfAbsent(a.requestId, k -> new ArrayList<>())
                    .add(RequestApprovalView.of(a)));
    return requests.stream()
        .map(
            r ->
                ClinicRequestView.of(
                    r,
                    changes.getOrDefault(r.id, List.of()),
                    approvals.getOrDefault(r.id, List.of())))
        .toList();
  }

  ClinicRequestView view(ClinicRequest request) {
    return views(List.of(request)).get(0);
  }
}
