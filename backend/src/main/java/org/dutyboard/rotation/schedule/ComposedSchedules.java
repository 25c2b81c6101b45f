package org.dutyboard.rotation.schedule;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.dutyboard.common.db.AnyOf;
import org.dutyboard.people.PersonView;
import org.dutyboard.rotation.LoadedRotation;
import org.dutyboard.rotation.RoleAssignment.RoleSpec;
import org.dutyboard.rotation.Rotation;
import org.dutyboard.rotation.RotationRepository;
import org.dutyboard.rotation.RotationRole;
import org.dutyboard.rotation.RotationView;
import org.dutyboard.rotation.RotationViews;
import org.dutyboard.rotation.schedule.ScheduleComposer.ComposedShift;

/**
 * Composed schedules for the features built on top of rotations (calendar feeds, fairness,
 * coverage). Loads with {@link RotationRepository}, so the number of queries does not grow with the
 * number of rotations. Performs no authorization and owns no transaction: callers do both.
 */
@ApplicationScoped
public class ComposedSchedules {
  @Inject RotationRepository repository;
  @Inject EntityManager em;

  /** One rotation's settings, roles, people and schedule composer. */
  public record RotationSchedule(
      RotationView rotation,
      ZoneId zone,
      List<RoleSpec> roles,
      ScheduleComposer composer,
      Map<UUID, PersonView> people) {

    /** Composed shifts overlapping {@code [from, to)}, skipped ones included. */
    public List<ComposedShift> between(Instant from, Instant to) {
      return composer.between(from, to);
    }

    public Optional<PersonView> person(UUID id) {
      return Optional.ofNullable(people.get(id));
    }
  }

  public Optional<RotationSchedule> rotation(UUID rotationId) {
    return Rotation.<Rotation>findByIdOptional(rotationId)
        .map(r -> of(repository.loadCurrent(List.of(r)).get(0)));
  }

  /** Every rotation (of one team when {@code teamId} is not null), ordered by name. */
  public List<RotationSchedule> rotations(UUID teamId) {
    Sort order = Sort.by("name").and("id");
    List<Rotation> rotations =
        teamId == null ? Rotation.listAll(order) : Rotation.list("teamId", order, teamId);
    return load(rotations);
  }

  /**
   * Rotations a person may hold a role in: listed in any roster version, or named by an explicit
   * assignment, an override or an accepted trade.
   */
  public List<RotationSchedule> involving(UUID personId) {
    Set<UUID> ids = new LinkedHashSet<>();
    for (String query :
        List.of(
            "select distinct e.rotationId from RosterEntry e where e.personId = :p",
            "select distinct e.rotationId from ExplicitAssignment e where e.personId = :p",
            "select distinct o.rotationId from ScheduleOverride o"
                + " where o.personId = :p and o.cancelledAt is null",
            "select distinct t.rotationId from ShiftTrade t where t.status = org.dutyboard.rotation.change.TradeStatus.ACCEPTED"
                + " and (t.requesterId = :p or t.counterpartId = :p)")) {
      ids.addAll(em.createQuery(query, UUID.class).setParameter("p", personId).getResultList());
    }
    if (ids.isEmpty()) {
      return List.of();
    }
    return load(
        Rotation.list(
            "any_of(:ids, id)", Sort.by("name").and("id"), Parameters.with("ids", AnyOf.ids(ids))));
  }

  private List<RotationSchedule> load(List<Rotation> rotations) {
    return repository.loadCurrent(rotations).stream().map(ComposedSchedules::of).toList();
  }

  /** The schedule of a rotation its caller has loaded already. */
  public static RotationSchedule of(LoadedRotation loaded) {
    return new RotationSchedule(
        RotationViews.rotation(loaded),
        ZoneId.of(loaded.rotation().timeZone),
        loaded.roles().stream().map(RotationRole::spec).toList(),
        loaded.composer(),
        loaded.people());
  }
}
