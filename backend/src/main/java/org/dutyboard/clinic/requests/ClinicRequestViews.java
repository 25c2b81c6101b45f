package org.dutyboard.clinic.requests;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dutyboard.common.Grouping;
import org.dutyboard.common.db.AnyOf;

/** Turns requests into views with two queries however many there are. Callers own the tx. */
@ApplicationScoped
class ClinicRequestViews {

  List<ClinicRequestView> views(List<ClinicRequest> requests) {
    if (requests.isEmpty()) {
      return List.of();
    }
    List<UUID> ids = requests.stream().map(r -> r.id).toList();
    Map<UUID, List<QuotaChange>> changes =
        Grouping.byKey(
            RequestQuota.<RequestQuota>list(
                "any_of(:ids, requestId)",
                Sort.by("requestId").and("position"),
                Parameters.with("ids", AnyOf.ids(ids))),
            q -> q.requestId,
            RequestQuota::change);
    Map<UUID, List<RequestApprovalView>> approvals =
        Grouping.byKey(
            RequestApproval.<RequestApproval>list(
                "any_of(:ids, requestId)",
                Sort.by("approvedAt").and("id"),
                Parameters.with("ids", AnyOf.ids(ids))),
            a -> a.requestId,
            RequestApprovalView::of);
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
