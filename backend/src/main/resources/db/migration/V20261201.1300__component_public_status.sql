-- The status each component last had on the public site and since when: the status site's
-- components[].updated_at is the time of the last status change (as on Statuspage), which cannot be
-- read back from incidents alone once a manual override or maintenance has come and gone.
-- Written by the status-site publisher under its advisory lock.

create table component_public_status (
    component_id uuid        primary key references component (id) on delete cascade,
    status       varchar(32) not null,
    changed_at   timestamptz not null
);
