package org.dutyboard.rotation.schedule;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dutyboard.common.db.Entities;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.common.time.Ranges;
import org.dutyboard.rotation.LoadedRotation;
import org.dutyboard.rotation.Rotation;
import org.dutyboard.rotation.RotationRepository;

/** Answers "who is on duty": the current holders of every role, and shifts over a range. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class ScheduleQueries {
  @Inject Caller caller;
  @Inject Clock clock;
  @Inject RotationRepository repository;
  @Inject ScheduleConfig config;

  /**
   * Current role holders for every rotation (of one team, if given) at {@code at} (default now).
   * Runs a fixed number of queries however many rotations there are.
   */
  public List<OnCallView> onCall(Instant at, UUID teamId) {
    caller.require(Role.VIEWER);
    Instant when = at == null ? clock.instant() : at;
    List<Rotation> rotations =
        teamId == null
            ? Rotation.listAll(Sort.by("name").and("id"))
            : Rotation.list("teamId", Sort.by("name").and("id"), teamId);
    return ScheduleViews.onCall(repository.loadCurrent(rotations), when);
  }

  /**
   * Who holds each role of one rotation at {@code at}, in role order; empty when no shift covers
   * it. No authorization check: for other features' services that authorized their own caller (e.g.
   * attributing an Alertmanager page, delivered with an INGEST token).
   */
  public List<OnCallView> holdersAt(UUID rotationId, Instant at) {
    return Rotation.<Rotation>findByIdOptional(rotationId)
        .map(rotation -> ScheduleViews.onCall(repository.load(List.of(rotation)), at))
        .orElse(List.of());
  }

  /**
   * Shifts of each of {@code rotations} overlapping {@code [from, to)}, keyed by rotation id, with
   * a fixed number of queries however many rotations there are. No authorization check and no range
   * cap: for the weekly summary (one week), which authorizes its own reader.
   */
  public Map<UUID, RotationShifts> shiftsOf(
      List<LoadedRotation> rotations, Instant from, Instant to) {
    Map<UUID, RotationShifts> result = new LinkedHashMap<>();
    for (LoadedRotation loaded : rotations) {
      result.put(
          loaded.rotation().id,
          new RotationShifts(
              loaded.roles().stream().map(r -> r.name).toList(),
              loaded.composer().between(from, to).stream()
                  .map(s -> ScheduleViews.shift(loaded, s))
                  .toList()));
    }
    return result;
  }

  /** A rotation's role names in the rotation's order (e.g. clinician, backup) and its shifts. */
  public record RotationShifts(List<String> roles, List<ShiftView> shifts) {}

  /** Shifts of one rotation overlapping {@code [from, to)}; the range is capped by config. */
  public List<ShiftView> schedule(UUID rotationId, Instant from, Instant to) {
    caller.require(Role.VIEWER);
    Ranges.requireValid(from, to);
    if (Duration.between(from, to).compareTo(Duration.ofDays(config.maxRangeDays())) > 0) {
      throw DutyboardException.validation(
          "to", "the range may span at most " + config.maxRangeDays() + " days");
    }
    Rotation rotation = Entities.require(Rotation.class, rotationId, "rotationId", "Rotation");
    LoadedRotation loaded = repository.loadCurrent(List.of(rotation)).get(0);
    return loaded.composer().between(from, to).stream()
        .map(s -> ScheduleViews.shift(loaded, s))
        .toList();
  }
}
