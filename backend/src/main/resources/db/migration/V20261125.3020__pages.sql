-- Pages: alerts from Alertmanager that paged someone. One row per alert occurrence, deduplicated by
-- (fingerprint, starts_at) so retries and repeat notifications never double-count.
-- incident_id has no foreign key yet: incidents are built on another branch and will be wired when
-- the branches merge.

create table page (
    id                uuid primary key,
    fingerprint       varchar(64)   not null,
    starts_at         timestamptz   not null,
    ends_at           timestamptz,
    status            varchar(16)   not null,
    alert_name        varchar(2000),
    labels            jsonb         not null,
    annotations       jsonb         not null,
    receiver          varchar(2000) not null,
    generator_url     varchar(2000),
    rotation_ref      varchar(2000),
    rotation_id       uuid references rotation (id) on delete set null,
    team_id           uuid references team (id) on delete set null,
    incident_id       uuid,
    notifications     integer       not null,
    first_received_at timestamptz   not null,
    last_received_at  timestamptz   not null,
    version           bigint        not null default 0,
    unique (fingerprint, starts_at)
);
create index page_team_starts_idx on page (team_id, starts_at, id);
create index page_starts_idx on page (starts_at, id);
create index page_incident_idx on page (incident_id);

-- Who was on call for the page's rotation when it started, one row per role.
create table page_attribution (
    id        uuid primary key,
    page_id   uuid        not null references page (id) on delete cascade,
    position  integer     not null,
    role      varchar(64) not null,
    person_id uuid        not null references person (id),
    unique (page_id, position)
);
create index page_attribution_person_idx on page_attribution (person_id);
