-- Bulk rows of the load benchmark's data set that the API would take minutes to write:
-- 1,000 resolved incidents spread over the past year (a coordinator each, from every team) and
-- one of them with 50,000 timeline entries. Copies the shape of an incident seeded by the API.
begin;
create temporary table template as select * from incident order by number limit 1;

insert into incident (id, number, title, severity, status, visibility, audiences, declare_criteria,
    team_involvement, started_at, detected_at, declared_at, acknowledged_at, mitigated_at,
    resolved_at, declared_by, declared_by_person_id, version, updated_at)
select gen_random_uuid(), nextval('incident_number_seq'), 'Resolved incident ' || g,
    (array['SEV1','SEV2','SEV3','SEV4'])[1 + g % 4], 'RESOLVED', t.visibility, t.audiences,
    t.declare_criteria, t.team_involvement,
    now() - make_interval(hours => g * 8 + 2), now() - make_interval(hours => g * 8 + 1),
    now() - make_interval(hours => g * 8), now() - make_interval(hours => g * 8) + interval '5 min',
    now() - make_interval(hours => g * 8) + interval '1 hour',
    now() - make_interval(hours => g * 8) + interval '2 hours', t.declared_by,
    t.declared_by_person_id, 1, now()
from template t, generate_series(1, 1000) g;

insert into incident_role_assignment (id, incident_id, role, person_id, assumed_at, handed_over_at)
select gen_random_uuid(), i.id, 'COORDINATOR',
    (select id from person order by handle offset (i.number % 200) limit 1),
    i.declared_at, null
from incident i where i.status = 'RESOLVED';

insert into timeline_entry (id, incident_id, kind, occurred_at, written_at, author, text)
select gen_random_uuid(), big.id, 'OBSERVATION', big.declared_at + make_interval(secs => g),
    big.declared_at + make_interval(secs => g), 'Person 000', 'Bulk entry ' || g
from (select id, declared_at from incident where title = 'Resolved incident 1') big,
    generate_series(1, 50000) g;
commit;
analyze;
