-- A manual component status override: the current one lives on the component (so the status
-- site reads it with the component, and the component's version guards concurrent edits); every
-- set and clear is kept in an append-only history.

alter table component add column override_status varchar(32);
alter table component add column override_reason varchar(2000);
alter table component add column override_until timestamptz;
alter table component add column override_set_by varchar(200);
alter table component add column override_set_at timestamptz;

create table component_override_event (
    id           uuid primary key,
    component_id uuid          not null references component (id) on delete cascade,
    action       varchar(8)    not null,
    status       varchar(32),
    reason       varchar(2000),
    until        timestamptz,
    actor        varchar(200)  not null,
    at           timestamptz   not null
);
create index component_override_event_component_idx on component_override_event (component_id, at desc, id);
