-- The weekly SRE meeting of a team: its local weekday, time and zone bound the summary week
-- (from one meeting to the next).

create table team_meeting (
    team_id    uuid primary key references team (id),
    weekday    varchar(16)  not null,
    local_time time         not null,
    time_zone  varchar(64)  not null,
    version    bigint       not null default 0,
    updated_at timestamptz  not null
);
