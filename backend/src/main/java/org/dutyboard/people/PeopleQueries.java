package org.dutyboard.people;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.dutyboard.common.db.AnyOf;
import org.dutyboard.common.graphql.TimeZone;
import org.dutyboard.common.pagination.Keyset;
import org.dutyboard.common.pagination.Slice;
import org.dutyboard.common.pagination.SliceRequest;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;

/** Reads of people and teams. Viewers read. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class PeopleQueries {
  @Inject Caller caller;
  @Inject EntityManager em;

  public Slice<PersonView> people(SliceRequest page) {
    caller.require(Role.VIEWER);
    Keyset keyset = page.keyset("handle", Keyset.KeyType.TEXT, Keyset.Order.ASCENDING);
    List<Person> rows =
        Person.<Person>find(keyset.where(), Sort.by("handle").and("id"), keyset.params())
            .page(0, page.fetchSize())
            .list();
    return page.toSlice(rows, p -> p.handle, p -> p.id).map(PeopleViews::of);
  }

  public Optional<PersonView> person(UUID id) {
    caller.require(Role.VIEWER);
    return Person.<Person>findByIdOptional(id).map(PeopleViews::of);
  }

  public Slice<TeamView> teams(SliceRequest page) {
    caller.require(Role.VIEWER);
    Keyset keyset = page.keyset("name", Keyset.KeyType.TEXT, Keyset.Order.ASCENDING);
    List<Team> rows =
        Team.<Team>find(keyset.where(), Sort.by("name").and("id"), keyset.params())
            .page(0, page.fetchSize())
            .list();
    return page.toSlice(rows, t -> t.name, t -> t.id).map(PeopleViews::of);
  }

  public Optional<TeamView> team(UUID id) {
    caller.require(Role.VIEWER);
    return Team.<Team>findByIdOptional(id).map(PeopleViews::of);
  }

  /** Members of many teams in one query, for the batched {@code Team.members} field. */
  public Map<UUID, List<PersonView>> membersOf(Collection<UUID> teamIds) {
    Map<UUID, List<PersonView>> result = new LinkedHashMap<>();
    teamIds.forEach(id -> result.put(id, new ArrayList<>()));
    em.createQuery(
            "select t.id, p from Team t join t.members p where any_of(:ids, t.id) order by p.handle",
            Object[].class)
        .setParameter("ids", AnyOf.ids(teamIds))
        .getResultList()
        .forEach(row -> result.get((UUID) row[0]).add(PeopleViews.of((Person) row[1])));
    return result;
  }

  /**
   * Views of the people with these ids (unknown ids are absent), for other features' batched reads;
   * no caller check. One statement with one array parameter: columns straight into views, no
   * entities to manage, and the same SQL (one cached plan) however many ids there are.
   */
  public Map<UUID, PersonView> personViews(Collection<UUID> ids) {
    Map<UUID, PersonView> views = new HashMap<>();
    for (Object[] r :
        byIds("select id, name, handle, email, time_zone, version from person", ids)) {
      UUID id = (UUID) r[0];
      views.put(
          id,
          new PersonView(
              id,
              (String) r[1],
              (String) r[2],
              (String) r[3],
              new TimeZone((String) r[4]),
              ((Number) r[5]).intValue()));
    }
    return views;
  }

  /** Views of the teams with these ids, as {@link #personViews} does for people. */
  public Map<UUID, TeamView> teamViews(Collection<UUID> ids) {
    Map<UUID, TeamView> views = new HashMap<>();
    for (Object[] r : byIds("select id, name, description, version from team", ids)) {
      UUID id = (UUID) r[0];
      views.put(id, new TeamView(id, (String) r[1], (String) r[2], ((Number) r[3]).intValue()));
    }
    return views;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> byIds(String select, Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createNativeQuery(select + " where id = any(?1)")
        .setParameter(1, ids.toArray(UUID[]::new))
        .getResultList();
  }
}
