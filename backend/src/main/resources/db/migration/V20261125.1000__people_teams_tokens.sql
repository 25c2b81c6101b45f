-- People, teams and the API tokens machine clients authenticate with.

create table team (
    id          uuid primary key,
    name        varchar(120)  not null unique,
    description varchar(2000),
    version     bigint        not null default 0,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null
);

create table person (
    id          uuid primary key,
    name        varchar(200) not null,
    handle      varchar(64)  not null unique,
    email       varchar(320),
    time_zone   varchar(64)  not null,
    version     bigint       not null default 0,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null
);

create table team_member (
    team_id   uuid not null references team (id) on delete cascade,
    person_id uuid not null references person (id) on delete cascade,
    primary key (team_id, person_id)
);
create index team_member_person_idx on team_member (person_id);

-- Only the SHA-256 of a token is stored; the plaintext is shown once, at creation.
create table api_token (
    id           uuid primary key,
    name         varchar(120) not null,
    token_hash   varchar(64)  not null unique,
    roles        varchar(200) not null,
    person_id    uuid references person (id) on delete cascade,
    bootstrap    boolean      not null default false,
    created_at   timestamptz  not null,
    expires_at   timestamptz,
    revoked_at   timestamptz
);
