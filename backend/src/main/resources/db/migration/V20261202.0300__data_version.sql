-- The data version: one counter every replica shares, raised by each committed transaction that
-- changed any table. The GraphQL result cache (common.graphql) serves a kept answer only while the
-- version it read before executing is still the current one, so an answer never hides a change
-- committed on any replica before the request arrived.
--
-- The raise is a deferred constraint trigger: it runs at commit, once per transaction (a
-- transaction-local flag skips the rest of its rows), so the counter row is locked only from the
-- commit's start to its end. An immediate trigger would hold that lock from a transaction's first
-- write until its commit, serializing all writers and opening deadlocks between them.
-- TRUNCATE cannot fire a constraint trigger; it raises the version at once (tests, maintenance).
--
-- Every table is tracked, publish bookkeeping included (a publish that changes something costs one
-- invalidation): a new table calls track_data_version('<table>') in its migration, and
-- DataVersionTriggerTest fails for a table that does not.

create table data_version (
    id      smallint primary key check (id = 1),
    version bigint   not null
);

insert into data_version (id, version) values (1, 0);

create function raise_data_version() returns trigger language plpgsql as $$
begin
    if current_setting('dutyboard.data_version_raised', true) is distinct from 'on' then
        update data_version set version = version + 1 where id = 1;
        perform set_config('dutyboard.data_version_raised', 'on', true);
    end if;
    return null;
end
$$;

create function track_data_version(target regclass) returns void language plpgsql as $$
begin
    execute format('create constraint trigger data_version_change after insert or update or delete'
                   ' on %s deferrable initially deferred for each row'
                   ' execute function raise_data_version()', target);
    execute format('create trigger data_version_truncate after truncate on %s'
                   ' for each statement execute function raise_data_version()', target);
end
$$;

select track_data_version(c.oid)
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
where c.relkind in ('r', 'p')
  and n.nspname = current_schema()
  and c.relname not in ('flyway_schema_history', 'data_version');
