-- Rotations: a handoff pattern in local time, ordered roles and an ordered roster.

create table rotation (
    id                uuid primary key,
    team_id           uuid         not null references team (id),
    name              varchar(200) not null,
    description       varchar(4000),
    time_zone         varchar(64)  not null,
    starts_on         date         not null,
    handoff_day       integer check (handoff_day between 1 and 7),
    handoff_time      time         not null,
    shift_length_days integer      not null check (shift_length_days between 1 and 28),
    version           bigint       not null default 0,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    unique (team_id, name)
);
create index rotation_team_idx on rotation (team_id);

create table rotation_role (
    id            uuid primary key,
    rotation_id   uuid        not null references rotation (id) on delete cascade,
    position      integer     not null,
    name          varchar(64) not null,
    roster_offset integer     not null,
    unique (rotation_id, position),
    unique (rotation_id, name)
);

create table roster_entry (
    id          uuid primary key,
    rotation_id uuid    not null references rotation (id) on delete cascade,
    position    integer not null,
    person_id   uuid    not null references person (id),
    unique (rotation_id, position),
    unique (rotation_id, person_id)
);
create index roster_entry_person_idx on roster_entry (person_id);
