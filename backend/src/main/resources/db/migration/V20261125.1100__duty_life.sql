-- Duty life: dated roster versions, skips, overrides, trades, explicit (imported) assignments,
-- handoffs, calendar feed tokens and the history of every schedule change.

alter table rotation add column skip_policy varchar(16) not null default 'PAUSE'
    check (skip_policy in ('PAUSE', 'CONSUME'));

-- A roster applies from shift from_index on; anchor_position is the roster position holding the
-- first role at that shift, so a change continues the order instead of reshuffling it.
create table roster_version (
    id              uuid primary key,
    rotation_id     uuid         not null references rotation (id) on delete cascade,
    from_index      bigint       not null,
    anchor_position integer      not null,
    author          varchar(200) not null,
    reason          varchar(2000),
    created_at      timestamptz  not null,
    unique (rotation_id, from_index)
);

insert into roster_version (id, rotation_id, from_index, anchor_position, author, created_at)
select gen_random_uuid(), rotation_id, 0, 0, 'migration', now()
from (select distinct rotation_id from roster_entry) existing;

alter table roster_entry add column roster_version_id uuid references roster_version (id) on delete cascade;
update roster_entry e set roster_version_id = v.id from roster_version v where v.rotation_id = e.rotation_id;
alter table roster_entry alter column roster_version_id set not null;
alter table roster_entry drop constraint roster_entry_rotation_id_position_key;
alter table roster_entry drop constraint roster_entry_rotation_id_person_id_key;
alter table roster_entry add unique (roster_version_id, position);
alter table roster_entry add unique (roster_version_id, person_id);

create table skipped_period (
    id           uuid primary key,
    rotation_id  uuid          not null references rotation (id) on delete cascade,
    starts_at    timestamptz   not null,
    ends_at      timestamptz   not null check (ends_at > starts_at),
    reason       varchar(2000) not null,
    author       varchar(200)  not null,
    created_at   timestamptz   not null,
    cancelled_at timestamptz,
    cancelled_by varchar(200)
);
create index skipped_period_rotation_idx on skipped_period (rotation_id);

create table schedule_override (
    id           uuid primary key,
    rotation_id  uuid          not null references rotation (id) on delete cascade,
    role         varchar(64)   not null,
    kind         varchar(16)   not null check (kind in ('REPLACE', 'REMOVE', 'ADD')),
    person_id    uuid references person (id),
    starts_at    timestamptz   not null,
    ends_at      timestamptz   not null check (ends_at > starts_at),
    reason       varchar(2000) not null,
    author       varchar(200)  not null,
    created_at   timestamptz   not null,
    cancelled_at timestamptz,
    cancelled_by varchar(200)
);
create index schedule_override_rotation_idx on schedule_override (rotation_id, ends_at);

create table shift_trade (
    id                  uuid primary key,
    rotation_id         uuid          not null references rotation (id) on delete cascade,
    role                varchar(64)   not null,
    shift_a             bigint        not null,
    requester_id        uuid          not null references person (id),
    shift_b             bigint,
    counterpart_id      uuid          not null references person (id),
    status              varchar(16)   not null,
    requires_acceptance boolean       not null,
    reason              varchar(2000) not null,
    author              varchar(200)  not null,
    created_at          timestamptz   not null,
    decided_at          timestamptz,
    decided_by          varchar(200),
    version             bigint        not null default 0
);
create index shift_trade_rotation_idx on shift_trade (rotation_id, status);

create table schedule_import (
    id          uuid primary key,
    rotation_id uuid         not null references rotation (id) on delete cascade,
    rows        integer      not null,
    author      varchar(200) not null,
    created_at  timestamptz  not null
);

create table explicit_assignment (
    id          uuid primary key,
    rotation_id uuid        not null references rotation (id) on delete cascade,
    shift_index bigint      not null,
    role        varchar(64) not null,
    person_id   uuid        not null references person (id),
    import_id   uuid references schedule_import (id) on delete cascade,
    unique (rotation_id, shift_index, role)
);

create table handoff (
    id                 uuid primary key,
    rotation_id        uuid         not null references rotation (id) on delete cascade,
    shift_index        bigint       not null,
    role               varchar(64)  not null,
    outgoing_person_id uuid references person (id),
    incoming_person_id uuid references person (id),
    notes              text,
    links              text,
    written_at         timestamptz,
    written_by         varchar(200),
    acknowledged_at    timestamptz,
    acknowledged_by    varchar(200),
    version            bigint       not null default 0,
    unique (rotation_id, shift_index, role)
);

create table calendar_feed (
    id          uuid primary key,
    rotation_id uuid references rotation (id) on delete cascade,
    person_id   uuid references person (id) on delete cascade,
    token_hash  varchar(64)  not null unique,
    author      varchar(200) not null,
    created_at  timestamptz  not null,
    revoked_at  timestamptz,
    check ((rotation_id is null) <> (person_id is null))
);

-- Every schedule change, for the history a rotation shows.
create table schedule_change (
    id          uuid primary key,
    rotation_id uuid          not null references rotation (id) on delete cascade,
    kind        varchar(32)   not null,
    summary     varchar(2000) not null,
    reason      varchar(2000),
    author      varchar(200)  not null,
    created_at  timestamptz   not null
);
create index schedule_change_rotation_idx on schedule_change (rotation_id, created_at, id);
