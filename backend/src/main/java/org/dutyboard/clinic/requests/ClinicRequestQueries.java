package org.dutyboard.clinic.requests;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.dutyboard.common.db.AnyOf;
import org.dutyboard.common.pagination.Keyset;
import org.dutyboard.common.pagination.Slice;
import org.dutyboard.common.pagination.SliceRequest;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.common.time.Ranges;

/** Reading clinic requests: the triage list, one request, and a week's worth for the summary. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class ClinicRequestQueries {
  @Inject Caller caller;
  @Inject ClinicRequestViews loader;

  /** Newest first, optionally of one team and in some states. */
  public Slice<ClinicRequestView> requests(
      UUID teamId, List<RequestState> states, SliceRequest page) {
    caller.require(Role.VIEWER);
    StringBuilder where = new StringBuilder("1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (teamId != null) {
      params.put("team", teamId);
      where.append(" and teamId = :team");
    }
    List<RequestState> wanted =
        states == null ? List.of() : states.stream().filter(java.util.Objects::nonNull).toList();
    if (!wanted.isEmpty()) {
      params.put("wanted", AnyOf.names(wanted));
      where.append(" and any_of(:wanted, state)");
    }
    Keyset keyset =
        page.keyset("createdAt", Keyset.KeyType.INSTANT, Keyset.Order.DESCENDING_KEY_ASCENDING_ID);
    where.append(keyset.and());
    List<ClinicRequest> rows =
        ClinicRequest.<ClinicRequest>find(
                where.toString(), Sort.descending("createdAt").and("id"), keyset.with(params))
            .page(0, page.fetchSize())
            .list();
    Slice<ClinicRequest> cut = page.toSlice(rows, r -> r.createdAt.toString(), r -> r.id);
    return new Slice<>(loader.views(cut.items()), cut.pageInfo());
  }

  public Optional<ClinicRequestView> request(UUID id) {
    caller.require(Role.VIEWER);
    return ClinicRequest.<ClinicRequest>findByIdOptional(id).map(loader::view);
  }

  /**
   * The team's requests that were open at some time in [from, to): recorded before {@code to} and
   * not closed before {@code from}. Oldest first; for the weekly summary (new, decided, pending).
   * No authorization check: the summary authorizes its reader or produces the report for a fixed
   * audience.
   */
  public List<ClinicRequestView> activeBetween(UUID teamId, Instant from, Instant to) {
    Ranges.requireValid(from, to);
    return loader.views(
        ClinicRequest.list(
            "teamId = ?1 and createdAt < ?3 and (closedAt is null or closedAt >= ?2)",
            Sort.by("createdAt").and("id"),
            teamId,
            from,
            to));
  }
}
