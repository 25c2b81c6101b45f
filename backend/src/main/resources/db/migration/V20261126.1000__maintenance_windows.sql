-- Scheduled maintenance windows (status site, ops-maintenance calendar). Title, message, planned
-- times, status and public updates are public; vendor reference, circuit id and internal notes
-- are private and never read by the status-site snapshot.

create table maintenance_window (
    id               uuid primary key,
    title            varchar(200)   not null,
    message          varchar(10000) not null,
    status           varchar(16)    not null,
    planned_start    timestamptz    not null,
    planned_end      timestamptz    not null,
    vendor_reference varchar(200),
    circuit_id       varchar(200),
    internal_notes   varchar(10000),
    created_by       varchar(200)   not null,
    created_at       timestamptz    not null,
    updated_at       timestamptz    not null,
    version          bigint         not null default 0,
    check (planned_end > planned_start)
);
-- Lists page by planned start; the transition job looks for due windows by status and time.
create index maintenance_window_start_idx on maintenance_window (planned_start, id);
create index maintenance_window_status_idx on maintenance_window (status, planned_start);

create table maintenance_component (
    id             uuid primary key,
    maintenance_id uuid not null references maintenance_window (id) on delete cascade,
    component_id   uuid not null references component (id),
    unique (maintenance_id, component_id)
);
create index maintenance_component_component_idx on maintenance_component (component_id);

create table maintenance_update (
    id             uuid primary key,
    maintenance_id uuid           not null references maintenance_window (id) on delete cascade,
    status         varchar(16)    not null,
    message        varchar(10000) not null,
    author         varchar(200)   not null,
    automatic      boolean        not null default false,
    posted_at      timestamptz    not null
);
create index maintenance_update_window_idx on maintenance_update (maintenance_id, posted_at, id);
