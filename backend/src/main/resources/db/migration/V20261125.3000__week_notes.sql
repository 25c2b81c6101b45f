-- Notes the team adds to its week, as in the weekly meeting etherpad. `note_at` places a note in
-- the week (summary range) that contains it; important notes are rendered in bold.

create table week_note (
    id               uuid primary key,
    team_id          uuid          not null references team (id),
    note_at          timestamptz   not null,
    text             varchar(4000) not null,
    link             varchar(2000),
    important        boolean       not null default false,
    author_person_id uuid references person (id) on delete set null,
    author_name      varchar(200)  not null,
    version          bigint        not null default 0,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null
);
create index week_note_team_at_idx on week_note (team_id, note_at, id);
