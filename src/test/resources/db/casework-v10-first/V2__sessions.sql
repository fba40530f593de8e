-- casework (MNR) sessions, in the casework database (Spring Session JDBC's schema under its own names):
-- a casework session never reaches the portal's database, and any casework node can serve it.
create table mnr_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval integer      not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint mnr_session_pk primary key (primary_id)
);

create unique index mnr_session_ix1 on mnr_session (session_id);
create index mnr_session_ix2 on mnr_session (expiry_time);
create index mnr_session_ix3 on mnr_session (principal_name);

create table mnr_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint mnr_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint mnr_session_attributes_fk foreign key (session_primary_id)
        references mnr_session (primary_id) on delete cascade
);
