package org.dutyboard.clinic.pages;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dutyboard.clinic.ClinicActor;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.page.PageRequest;
import org.dutyboard.common.page.PageRequest.Page;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.common.time.Ranges;
import org.dutyboard.incident.IncidentAccess;
import org.dutyboard.people.PeopleViews;
import org.dutyboard.people.Person;

/**
 * Reading pages, and linking them to incidents. Viewers read; responders link. A link to an
 * incident the caller may not see (see {@link IncidentAccess}) shows only as a count, and only
 * callers who see the linked incident may change the link.
 */
@ApplicationScoped
@Transactional
public class PageService {
  @Inject IncidentAccess incidents;
  @Inject ClinicActor actors;
  @Inject Caller caller;
  @Inject EntityManager em;

  /** Newest first, optionally of one team, started in [from, to) and with a status. */
  @Transactional(TxType.SUPPORTS)
  public Page<PageView> pages(
      UUID teamId, Instant from, Instant to, AlertStatus status, PageRequest page) {
    caller.require(Role.VIEWER);
    StringBuilder where = new StringBuilder("1 = 1");
    List<Object> params = new ArrayList<>();
    if (teamId != null) {
      params.add(teamId);
      where.append(" and teamId = ?").append(params.size());
    }
    if (from != null) {
      params.add(from);
      where.append(" and startsAt >= ?").append(params.size());
    }
    if (to != null) {
      params.add(to);
      where.append(" and startsAt < ?").append(params.size());
    }
    if (status != null) {
      params.add(status);
      where.append(" and status = ?").append(params.size());
    }
    if (page.hasCursor()) {
      page.appendKeyset(where, params, "startsAt", page.afterInstant(), true);
    }
    List<AlertPage> rows =
        AlertPage.<AlertPage>find(
                where.toString(), Sort.descending("startsAt").and("id"), params.toArray())
            .page(0, page.fetchSize())
            .list();
    Page<AlertPage> cut = page.toPage(rows, p -> p.startsAt.toString(), p -> p.id);
    return new Page<>(callerViews(cut.items()), cut.pageInfo());
  }

  @Transactional(TxType.SUPPORTS)
  public Optional<PageView> page(UUID id) {
    caller.require(Role.VIEWER);
    return AlertPage.<AlertPage>findByIdOptional(id).map(p -> callerViews(List.of(p)).get(0));
  }

  /**
   * The team's pages that started in [from, to), oldest first, for the weekly summary. No
   * authorization check: the summary authorizes its reader or produces the report for a fixed
   * audience.
   */
  @Transactional(TxType.SUPPORTS)
  public List<PageView> pagesBetween(UUID teamId, Instant from, Instant to) {
    Ranges.requireValid(from, to);
    List<AlertPage> pages =
        AlertPage.list(
            "teamId = ?1 and startsAt >= ?2 and startsAt < ?3",
            Sort.by("startsAt").and("id"),
            teamId,
            from,
            to);
    return views(pages, pages.stream().map(p -> p.incidentId).collect(Collectors.toSet()));
  }

  /** Links a page to an incident, or unlinks it with null. Needs RESPONDER (on its team). */
  public PageView linkToIncident(UUID id, UUID incidentId, Integer expectedVersion) {
    caller.require(Role.RESPONDER);
    AlertPage page =
        AlertPage.<AlertPage>findByIdOptional(id)
            .orElseThrow(() -> DutyboardException.notFound("id", "Page", id));
    if (page.teamId != null) {
      actors.requireOnTeam(Role.RESPONDER, page.teamId);
    }
    if (page.incidentId != null && incidents.visibleAmong(Set.of(page.incidentId)).isEmpty()) {
      throw DutyboardException.forbidden(
          "The page is linked to an incident you cannot see; only those who see it change the"
              + " link");
    }
    DutyboardException.checkVersion("Page " + id, expectedVersion, page.version);
    if (incidentId != null) {
      incidents.requireVisible(incidentId, "incidentId"); // private incidents stay invisible
    }
    page.incidentId = incidentId;
    em.flush();
    return callerViews(List.of(page)).get(0);
  }

  /** Views as the caller may see them: links to incidents they cannot see show as a count. */
  private List<PageView> callerViews(List<AlertPage> pages) {
    Set<UUID> linked =
        pages.stream().map(p -> p.incidentId).filter(Objects::nonNull).collect(Collectors.toSet());
    return views(pages, incidents.visibleAmong(linked));
  }

  /** Views with their on-call people, in one query for all of them. */
  private List<PageView> views(List<AlertPage> pages, Set<UUID> visibleIncidents) {
    if (pages.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<PageOnCallView>> onCall = new HashMap<>();
    em.createQuery(
            "select a.pageId, a.role, p from PageAttribution a, Person p where p.id = a.personId"
                + " and a.pageId in :ids order by a.pageId, a.position",
            Object[].class)
        .setParameter("ids", pages.stream().map(p -> p.id).toList())
        .getResultList()
        .forEach(
            row ->
                onCall
                    .computeIfAbsent((UUID) row[0], k -> new ArrayList<>())
                    .add(new PageOnCallView((String) row[1], PeopleViews.of((Person) row[2]))));
    return pages.stream()
        .map(
            p ->
                PageView.of(
                    p,
                    onCall.getOrDefault(p.id, List.of()),
                    p.incidentId == null || visibleIncidents.contains(p.incidentId)))
        .toList();
  }
}
