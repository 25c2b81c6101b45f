-- Vendor maintenance notifications (BCOP "maintnote" iCalendar): each provider maintenance is an
-- internal maintenance window plus these private details. Nothing here is read by the status-site
-- snapshot.

-- Whether a window may appear on the public status site. Windows people schedule stay public;
-- windows made from vendor notifications start private until a person publishes them.
alter table maintenance_window add column published boolean not null default true;

create table vendor_maintenance (
    id                 uuid primary key,
    maintenance_id     uuid           not null unique references maintenance_window (id) on delete cascade,
    provider           varchar(200)   not null,
    -- lower(provider): providers are domain names or trademarks; case does not make a new one.
    provider_key       varchar(200)   not null,
    account            varchar(200),
    provider_maintenance_id varchar(200) not null,
    event_uid          varchar(500),
    sequence           integer        not null,
    vendor_status      varchar(16),
    impact             varchar(32)    not null,
    summary            varchar(2000),
    organizer          varchar(500),
    received_at        timestamptz    not null,
    updated_at         timestamptz    not null,
    -- One record per provider maintenance: concurrent deliveries of the same mail cannot both
    -- create a window.
    unique (provider_key, provider_maintenance_id)
);

create table vendor_maintenance_circuit (
    id                     uuid primary key,
    vendor_maintenance_id  uuid         not null references vendor_maintenance (id) on delete cascade,
    position               integer      not null,
    circuit_id             varchar(200) not null,
    impact                 varchar(32)  not null,
    -- The status-page component the circuit maps to (dutyboard.maintenance.vendor.circuit-components).
    component_id           uuid references component (id) on delete set null,
    unique (vendor_maintenance_id, circuit_id)
);
