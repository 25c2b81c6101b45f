-- Trade states and history kinds are Java enums (stored by name): the database refuses any other
-- value, as it already does for schedule_override.kind.
alter table shift_trade
    add constraint shift_trade_status_check
    check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'UNDONE'));

alter table schedule_change
    add constraint schedule_change_kind_check
    check (kind in ('ROTATION_CREATED', 'ROTATION_UPDATED', 'ROSTER_CHANGED', 'OVERRIDE_ADDED',
                    'OVERRIDE_CANCELLED', 'SHIFTS_SKIPPED', 'SKIP_CANCELLED', 'TRADE_PENDING',
                    'TRADE_ACCEPTED', 'TRADE_DECLINED', 'TRADE_UNDONE', 'SCHEDULE_IMPORTED'));
