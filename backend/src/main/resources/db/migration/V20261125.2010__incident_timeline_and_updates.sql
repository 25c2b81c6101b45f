-- The living status document (append-only timeline) and public status updates.

create table timeline_entry (
    id                uuid primary key,
    incident_id       uuid          not null references incident (id),
    kind              varchar(24)   not null,
    occurred_at       timestamptz   not null,
    written_at        timestamptz   not null,
    author            varchar(200)  not null,
    author_person_id  uuid,
    text              varchar(10000) not null,
    corrects_entry_id uuid references timeline_entry (id)
);
-- Every timeline page is one range scan of this index, newest or oldest first:
-- where incident_id = ? and (occurred_at, id) < (?, ?) order by occurred_at desc, id desc limit n.
create index timeline_entry_page_idx on timeline_entry (incident_id, occurred_at, id);

-- Append-only: corrections are new entries that refer to the old one.
create function timeline_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'timeline entries are append-only';
end;
$$;
create trigger timeline_entry_append_only before update or delete on timeline_entry
    for each row execute function timeline_entry_append_only();

-- What the public reads. Written for the public, never derived from the timeline.
create table status_update (
    id          uuid primary key,
    incident_id uuid          not null references incident (id),
    status      varchar(16)   not null,
    message     varchar(5000) not null,
    posted_at   timestamptz   not null,
    author      varchar(200)  not null
);
create index status_update_incident_idx on status_update (incident_id, posted_at);
create index status_update_posted_idx on status_update (posted_at desc, id);

create table status_update_component (
    id               uuid primary key,
    status_update_id uuid        not null references status_update (id),
    component_id     uuid        not null references component (id),
    component_status varchar(24) not null,
    unique (status_update_id, component_id)
);
