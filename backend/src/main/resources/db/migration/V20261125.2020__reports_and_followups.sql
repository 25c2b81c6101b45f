-- Incident reports (postmortems) with their scorecard, and follow-up tasks.

create table incident_report (
    id              uuid primary key,
    incident_id     uuid          not null unique references incident (id),
    state           varchar(16)   not null,
    summary         varchar(50000),
    impact          varchar(50000),
    timeline_excerpt varchar(50000),
    root_causes     varchar(50000),
    went_well       varchar(50000),
    went_poorly     varchar(50000),
    published_at    timestamptz,
    version         bigint        not null default 0,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null
);

create table report_score (
    id        uuid primary key,
    report_id uuid          not null references incident_report (id) on delete cascade,
    question  varchar(40)   not null,
    answer    varchar(16)   not null,
    note      varchar(2000),
    unique (report_id, question)
);

create table follow_up (
    id             uuid primary key,
    incident_id    uuid          not null references incident (id),
    title          varchar(200)  not null,
    description    varchar(10000),
    owner_id       uuid references person (id),
    due_on         date,
    priority       varchar(8)    not null,
    kind           varchar(16)   not null,
    tags           varchar(500)  not null,
    ticket_url     varchar(2000),
    status         varchar(16)   not null,
    wont_do_reason varchar(2000),
    completed_at   timestamptz,
    version        bigint        not null default 0,
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null
);
create index follow_up_incident_idx on follow_up (incident_id, status);
create index follow_up_open_due_idx on follow_up (due_on, id) where status in ('OPEN', 'IN_PROGRESS');
create index follow_up_created_idx on follow_up (created_at, id);
