-- Delivering the weekly report where people read: per-team settings (email recipients, a chat
-- webhook, whether the "who is on duty" line is public) and one delivery row per team, week and
-- channel. The unique key makes "send once" hold across replicas: the row is created once, and a
-- sender claims it (state SENDING with a lease) before sending.

create table team_delivery (
    team_id          uuid primary key references team (id) on delete cascade,
    recipients       text[]      not null default '{}',
    chat_webhook_url text,
    duty_line_public boolean     not null default false,
    version          bigint      not null default 0,
    updated_at       timestamptz not null
);

create table delivery (
    id              uuid primary key,
    team_id         uuid         not null references team (id) on delete cascade,
    meeting_date    date         not null,
    channel         varchar(16)  not null,
    state           varchar(16)  not null,
    subject         text         not null,
    body_html       text,
    body_text       text         not null,
    report_url      text         not null,
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    lease_until     timestamptz,
    claim           uuid,
    last_error      text,
    sent_at         timestamptz,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    constraint delivery_once unique (team_id, meeting_date, channel)
);

-- The sender's scan: due rows in order.
create index delivery_due on delivery (next_attempt_at) where state in ('PENDING', 'RETRYING', 'SENDING');
