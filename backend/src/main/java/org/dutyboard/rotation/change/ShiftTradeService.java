package org.dutyboard.rotation.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.dutyboard.common.db.Entities;
import org.dutyboard.common.error.DutyboardException;
import org.dutyboard.common.security.Caller;
import org.dutyboard.common.security.Role;
import org.dutyboard.people.CurrentPerson;
import org.dutyboard.rotation.LoadedRotation;
import org.dutyboard.rotation.RoleAssignment.RoleSpec;
import org.dutyboard.rotation.Rotation;
import org.dutyboard.rotation.RotationRepository;
import org.dutyboard.rotation.schedule.ScheduleComposer.Holder;
import org.dutyboard.rotation.schedule.ShiftExpansion;

/**
 * Shift trades: "an event coincides with my turn, can we swap?". The requester (or a scheduler)
 * proposes; the counterpart (or a scheduler) accepts. Only shifts that have not started can be
 * traded or untraded.
 */
@ApplicationScoped
@Transactional
public class ShiftTradeService {
  @Inject Caller caller;
  @Inject CurrentPerson currentPerson;
  @Inject Clock clock;
  @Inject EntityManager em;
  @Inject RotationRepository repository;
  @Inject ScheduleChangeService changes;
  @Inject ScheduleHistory history;

  public ShiftTradeView propose(UUID rotationId, ShiftTradeInput input, Integer expectedVersion) {
    caller.requireAny(Role.RESPONDER, Role.SCHEDULER); // self-service
    if (!caller.has(Role.SCHEDULER) && !isCaller(input.requesterId())) {
      throw DutyboardException.forbidden("Only the requester or a scheduler proposes a trade");
    }
    if (!input.needsAcceptance() && !caller.has(Role.SCHEDULER)) {
      throw DutyboardException.forbidden("Only a scheduler records a trade without acceptance");
    }
    String reason = ScheduleChangeService.requireReason(input.reason());
    Rotation rotation = changes.lockForChange(rotationId, expectedVersion);
    changes.requireRole(rotation.id, input.role());
    if (input.requesterId() == null || input.requesterId().equals(input.counterpartId())) {
      throw DutyboardException.validation("counterpartId", "a trade needs two different people");
    }
    requireTradable(repository.load(rotation), input);
    ShiftTrade trade = new ShiftTrade();
    trade.id = UUID.randomUUID();
    trade.rotationId = rotation.id;
    trade.role = input.role();
    trade.shiftA = input.shiftIndex();
    trade.requesterId = input.requesterId();
    trade.shiftB =
        input.counterpartShiftIndex() == null ? null : input.counterpartShiftIndex().longValue();
    trade.counterpartId = input.counterpartId();
    trade.requiresAcceptance = input.needsAcceptance();
    trade.status = input.needsAcceptance() ? TradeStatus.PENDING : TradeStatus.ACCEPTED;
    trade.reason = reason;
    trade.author = caller.name();
    trade.createdAt = clock.instant();
    if (!input.needsAcceptance()) {
      trade.decidedAt = trade.createdAt;
      trade.decidedBy = caller.name();
    }
    trade.persist();
    history.record(rotation.id, ScheduleChangeKind.trade(trade.status), describe(trade), reason);
    em.flush();
    return ScheduleChangeViews.trade(trade);
  }

  public ShiftTradeView decide(UUID id, boolean accept, Integer expectedVersion) {
    caller.requireAny(Role.RESPONDER, Role.SCHEDULER); // self-service
    ShiftTrade trade = require(id);
    DutyboardException.checkVersion("Trade " + id, expectedVersion, trade.version);
    if (!caller.has(Role.SCHEDULER) && !isCaller(trade.counterpartId)) {
      throw DutyboardException.forbidden("Only the counterpart or a scheduler decides a trade");
    }
    if (trade.status != TradeStatus.PENDING) {
      throw DutyboardException.conflict("The trade is " + trade.status + ", not PENDING");
    }
    changes.lockForChange(trade.rotationId, null);
    requireNotStarted(trade);
    trade.status = accept ? TradeStatus.ACCEPTED : TradeStatus.DECLINED;
    trade.decidedAt = clock.instant();
    trade.decidedBy = caller.name();
    history.record(trade.rotationId, ScheduleChangeKind.trade(trade.status), describe(trade), null);
    em.flush();
    return ScheduleChangeViews.trade(trade);
  }

  public ShiftTradeView undo(UUID id, String reason, Integer expectedVersion) {
    caller.requireAny(Role.RESPONDER, Role.SCHEDULER); // self-service
    ShiftTrade trade = require(id);
    DutyboardException.checkVersion("Trade " + id, expectedVersion, trade.version);
    if (!caller.has(Role.SCHEDULER)
        && !isCaller(trade.requesterId)
        && !isCaller(trade.counterpartId)) {
      throw DutyboardException.forbidden("Only the two people or a scheduler undo a trade");
    }
    if (trade.status != TradeStatus.ACCEPTED && trade.status != TradeStatus.PENDING) {
      throw DutyboardException.conflict("The trade is " + trade.status + "; nothing to undo");
    }
    String why = ScheduleChangeService.requireReason(reason);
    changes.lockForChange(trade.rotationId, null);
    requireNotStarted(trade);
    trade.status = TradeStatus.UNDONE;
    trade.decidedAt = clock.instant();
    trade.decidedBy = caller.name();
    history.record(trade.rotationId, ScheduleChangeKind.TRADE_UNDONE, describe(trade), why);
    em.flush();
    return ScheduleChangeViews.trade(trade);
  }

  /** Both shifts are in the future and held by the two people, who are on the roster. */
  private void requireTradable(LoadedRotation loaded, ShiftTradeInput input) {
    RoleSpec role =
        loaded.roles().stream()
            .filter(r -> r.name.equals(input.role()))
            .findFirst()
            .orElseThrow()
            .spec();
    requireHolder(
        loaded, role, input.shiftIndex(), input.requesterId(), "shiftIndex", "requesterId");
    boolean onRotation =
        loaded
            .composer()
            .rosterAt(input.shiftIndex())
            .map(v -> v.people().contains(input.counterpartId()))
            .orElse(false);
    if (!onRotation) {
      throw DutyboardException.validation(
          "counterpartId", "the counterpart is not on this rotation's roster");
    }
    if (input.counterpartShiftIndex() != null) {
      requireHolder(
          loaded,
          role,
          input.counterpartShiftIndex(),
          input.counterpartId(),
          "counterpartShiftIndex",
          "counterpartId");
    }
  }

  private void requireHolder(
      LoadedRotation loaded,
      RoleSpec role,
      long index,
      UUID person,
      String shiftField,
      String personField) {
    ShiftExpansion.Shift shift = loaded.expansion().shift(index);
    if (index < 0 || !shift.start().isAfter(clock.instant())) {
      throw DutyboardException.validation(
          shiftField, "shift " + index + " has already started; past shifts are immutable");
    }
    Optional<UUID> holder = loaded.composer().traded(shift, role).map(Holder::personId);
    if (!holder.equals(Optional.ofNullable(person))) {
      throw DutyboardException.validation(
          personField, "that person is not on duty as " + role.name() + " in shift " + index);
    }
  }

  private void requireNotStarted(ShiftTrade trade) {
    ShiftExpansion expansion =
        new ShiftExpansion(Rotation.<Rotation>findById(trade.rotationId).pattern());
    Instant now = clock.instant();
    long first = trade.shiftB == null ? trade.shiftA : Math.min(trade.shiftA, trade.shiftB);
    if (!expansion.startOf(first).isAfter(now)) {
      throw DutyboardException.conflict("A traded shift has started; past shifts are immutable");
    }
  }

  private boolean isCaller(UUID personId) {
    return personId != null && currentPerson.id().map(personId::equals).orElse(false);
  }

  private ShiftTrade require(UUID id) {
    return Entities.require(ShiftTrade.class, id, "id", "Trade");
  }

  private static String describe(ShiftTrade t) {
    return t.role
        + " shift "
        + t.shiftA
        + (t.shiftB == null ? " covered" : " swapped with shift " + t.shiftB);
  }
}
