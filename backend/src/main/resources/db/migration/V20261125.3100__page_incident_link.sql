-- Pages and incidents were built side by side; now that both exist, a page's incident is a real
-- reference. Deleting an incident unlinks its pages rather than deleting them.
update page set incident_id = null where incident_id is not null
    and incident_id not in (select id from incident);
alter table page add constraint page_incident_fk
    foreign key (incident_id) references incident (id) on delete set null;
