package org.dutyboard.rotation.change;

/** Assembles the views of schedule changes (overrides, skipped periods, trades, history). */
public final class ScheduleChangeViews {
  private ScheduleChangeViews() {}

  public static ShiftTradeView trade(ShiftTrade t) {
    return new ShiftTradeView(
        t.id,
        t.rotationId,
        t.role,
        (int) t.shiftA,
        t.requesterId,
        t.counterpartId,
        t.shiftB == null ? null : t.shiftB.intValue(),
        t.status,
        t.reason,
        t.author,
        t.createdAt,
        t.decidedAt,
        (int) t.version);
  }

  public static ShiftOverrideView override(ScheduleOverride o) {
    return new ShiftOverrideView(
        o.id,
        o.rotationId,
        o.role,
        o.kind,
        o.personId,
        o.startsAt,
        o.endsAt,
        o.reason,
        o.author,
        o.createdAt,
        o.cancelledAt);
  }

  public static SkippedPeriodView skip(SkippedPeriod s) {
    return new SkippedPeriodView(
        s.id, s.rotationId, s.startsAt, s.endsAt, s.reason, s.author, s.createdAt, s.cancelledAt);
  }

  public static ScheduleChangeView change(ScheduleChange c) {
    return new ScheduleChangeView(c.id, c.kind, c.summary, c.reason, c.author, c.createdAt);
  }
}
