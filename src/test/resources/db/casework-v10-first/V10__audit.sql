-- casework (MNR) audit: one entry for every view, list, search, export, print and change. Append-only:
-- each entry's tag is a keyed HMAC (key outside the database) over its content and the previous tag, and
-- the head row carries the last sequence and tag under the same key, so that a rewritten, inserted or
-- removed entry (tail included) is detected. On PostgreSQL, V11 adds triggers that refuse UPDATE, DELETE
-- and TRUNCATE of the entries, and any change of the head other than moving it forward.
create table mnr_audit (
    seq          bigint       not null primary key,
    at           timestamp(6) with time zone not null,
    actor_id     bigint,
    actor        varchar(80)  not null,
    actor_role   varchar(30)  not null,
    actor_org    varchar(20)  not null,
    ip           varchar(45),
    action       varchar(30)  not null,
    record_type  varchar(30)  not null,
    record_ref   varchar(40),
    detail       varchar(500) not null,
    grant_ref    varchar(32),
    prev_tag     bytea        not null,
    tag          bytea        not null
);
create index mnr_audit_actor on mnr_audit (actor, seq);
create index mnr_audit_record on mnr_audit (record_ref, seq);
create index mnr_audit_at on mnr_audit (at);

create table mnr_audit_head (
    id        integer not null primary key,
    last_seq  bigint  not null,
    last_tag  bytea   not null,
    head_tag  bytea
);
insert into mnr_audit_head (id, last_seq, last_tag, head_tag) values (1, 0, X'', null);
