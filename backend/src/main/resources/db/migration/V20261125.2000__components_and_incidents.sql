-- The status-page component catalogue and the incident core: incidents, their components and
-- the people holding incident roles over time.

create table component (
    id                      uuid primary key,
    name                    varchar(120)  not null unique,
    description             varchar(2000),
    group_name              varchar(120),
    display_order           integer       not null default 0,
    show_only_when_degraded boolean       not null default false,
    version                 bigint        not null default 0,
    created_at              timestamptz   not null,
    updated_at              timestamptz   not null
);

-- Human-readable incident numbers (INC-42) never repeat, even across rolled-back declarations.
create sequence incident_number_seq;

create table incident (
    id                            uuid primary key,
    number                        bigint        not null unique,
    title                         varchar(200)  not null,
    public_title                  varchar(200),
    summary                       varchar(10000),
    severity                      varchar(8)    not null,
    status                        varchar(16)   not null,
    visibility                    varchar(8)    not null,
    audiences                     varchar(200)  not null,
    declare_criteria              varchar(200)  not null,
    team_involvement              varchar(16)   not null,
    rollback_or_hotfix            boolean       not null default false,
    rollback_during_testing_phase boolean       not null default false,
    started_at                    timestamptz,
    detected_at                   timestamptz,
    declared_at                   timestamptz   not null,
    acknowledged_at               timestamptz,
    mitigated_at                  timestamptz,
    resolved_at                   timestamptz,
    closed_at                     timestamptz,
    made_public_at                timestamptz,
    reopen_count                  integer       not null default 0,
    declared_by                   varchar(200)  not null,
    declared_by_person_id         uuid          not null references person (id),
    report_waiver_reason          varchar(2000),
    report_waived_by              varchar(200),
    version                       bigint        not null default 0,
    updated_at                    timestamptz   not null
);
-- Dashboards list open incidents newest first; metrics select by declaration time.
create index incident_status_declared_idx on incident (status, declared_at desc, id);
create index incident_declared_idx on incident (declared_at, id);

create table incident_component (
    id           uuid primary key,
    incident_id  uuid not null references incident (id) on delete cascade,
    component_id uuid not null references component (id),
    unique (incident_id, component_id)
);
create index incident_component_component_idx on incident_component (component_id);

-- Who held which incident role when: a holder is current while handed_over_at is null.
create table incident_role_assignment (
    id             uuid primary key,
    incident_id    uuid         not null references incident (id) on delete cascade,
    role           varchar(16)  not null,
    person_id      uuid         not null references person (id),
    assumed_at     timestamptz  not null,
    handed_over_at timestamptz,
    check (handed_over_at is null or handed_over_at >= assumed_at)
);
create index incident_role_incident_idx on incident_role_assignment (incident_id, role, assumed_at);
create index incident_role_person_idx on incident_role_assignment (person_id, incident_id);
-- Coordinator, communications and scribe have one current holder; two concurrent hand-overs
-- cannot both win.
create unique index incident_role_single_holder_idx on incident_role_assignment (incident_id, role)
    where handed_over_at is null and role <> 'RESPONDER';
create unique index incident_role_responder_once_idx
    on incident_role_assignment (incident_id, role, person_id) where handed_over_at is null;
