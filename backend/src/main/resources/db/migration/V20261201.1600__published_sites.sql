-- Published sites (status site, weekly report) live in the database every replica shares, so any
-- replica serves the latest version. Files are content-addressed blobs; a version is a manifest
-- of paths; the live version per site is one row, switched in the publishing transaction.

create table published_blob (
    sha256  varchar(64) primary key,
    content bytea    not null
);

create table published_file (
    site    varchar(32)   not null,
    version varchar(100)  not null,
    path    varchar(1000) not null,
    sha256  varchar(64)   not null references published_blob (sha256),
    primary key (site, version, path)
);

create index published_file_blob on published_file (sha256);

create table published_site (
    site         varchar(32)  primary key,
    version      varchar(100) not null,
    content_hash varchar(100),
    published_at timestamptz  not null
);
