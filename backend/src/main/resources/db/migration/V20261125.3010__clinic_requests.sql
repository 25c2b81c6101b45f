-- Community and clinic requests the clinic duty triages, their requested values and approvals.
-- review_reasons keeps why the approval policy sent a request to the weekly meeting (one per line).

create table clinic_request (
    id                  uuid primary key,
    team_id             uuid          not null references team (id),
    kind                varchar(32)   not null,
    title               varchar(300)  not null,
    requester           varchar(200)  not null,
    requester_person_id uuid references person (id),
    ticket_url          varchar(2000),
    details             varchar(8000),
    unsure              boolean       not null default false,
    state               varchar(32)   not null,
    review_reasons      varchar(4000),
    meeting_decided_at  timestamptz,
    meeting_note        varchar(4000),
    closed_at           timestamptz,
    closed_by_person_id uuid references person (id),
    closed_by_name      varchar(200),
    close_note          varchar(4000),
    created_by_name     varchar(200)  not null,
    version             bigint        not null default 0,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null
);
create index clinic_request_team_created_idx on clinic_request (team_id, created_at, id);

create table clinic_request_quota (
    id              uuid primary key,
    request_id      uuid        not null references clinic_request (id) on delete cascade,
    position        integer     not null,
    resource        varchar(32) not null,
    current_value   bigint      not null check (current_value >= 0),
    requested_value bigint      not null check (requested_value >= 0),
    unique (request_id, position)
);

-- One approval per person and request; the approver is always a known person.
create table clinic_request_approval (
    id                  uuid primary key,
    request_id          uuid         not null references clinic_request (id) on delete cascade,
    approver_person_id  uuid         not null references person (id),
    approver_name       varchar(200) not null,
    comment             varchar(2000),
    approved_at         timestamptz  not null,
    unique (request_id, approver_person_id)
);
