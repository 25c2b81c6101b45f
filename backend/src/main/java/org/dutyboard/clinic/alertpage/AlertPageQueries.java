package org.dutyboard.clinic.alertpage;

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
import java.util.stream.Collectors;
import org.dutyboard.common.pagination.Keyset;
import org.dutyboard.common.pagination.Slice;
import org.dutyboard.common.pagination.SliceRequest;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.common.time.Ranges;
import org.dutyboard.incident.IncidentAccess;

/**
 * Reads of alert pages; viewers read. A link to an incident the caller may not see (see {@link
 * IncidentAccess}) shows only as a count.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class AlertPageQueries {
  @Inject Caller caller;
  @Inject AlertPageViews views;

  /** Newest first, optionally of one team, started in [from, to) and with a status. */
  public Slice<AlertPageView> alertPages(
      UUID teamId, Instant from, Instant to, AlertPageStatus status, SliceRequest page) {
    caller.require(Role.VIEWER);
    StringBuilder where = new StringBuilder("1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (teamId != null) {
      params.put("team", teamId);
      where.append(" and teamId = :team");
    }
    if (from != null) {
      params.put("from", from);
      where.append(" and startsAt >= :from");
    }
    if (to != null) {
      params.put("to", to);
      where.append(" and startsAt < :to");
    }
    if (status != null) {
      params.put("status", status);
      where.append(" and status = :status");
    }
    Keyset keyset =
        page.keyset("startsAt", Keyset.KeyType.INSTANT, Keyset.Order.DESCENDING_KEY_ASCENDING_ID);
    where.append(keyset.and());
    List<AlertPage> rows =
        AlertPage.<AlertPage>find(
                where.toString(), Sort.descending("startsAt").and("id"), keyset.with(params))
            .page(0, page.fetchSize())
            .list();
    Slice<AlertPage> cut = page.toSlice(rows, p -> p.startsAt.toString(), p -> p.id);
    return new Slice<>(views.callerViews(cut.items()), cut.pageInfo());
  }

  public Optional<AlertPageView> alertPage(UUID id) {
    caller.require(Role.VIEWER);
    return AlertPage.<AlertPage>findByIdOptional(id).map(p -> views.callerViews(List.of(p)).get(0));
  }

  /**
   * The team's pages that started in [from, to), oldest first, for the weekly summary. No
   * authorization check: the summary authorizes its reader or produces the report for a fixed
   * audience.
   */
  public List<AlertPageView> alertPagesBetween(UUID teamId, Instant from, Instant to) {
    Ranges.requireValid(from, to);
    List<AlertPage> pages =
        AlertPage.list(
            "teamId = ?1 and startsAt >= ?2 and startsAt < ?3",
            Sort.by("startsAt").and("id"),
            teamId,
            from,
            to);
    return views.of(pages, pages.stream().map(p -> p.incidentId).collect(Collectors.toSet()));
  }
}
