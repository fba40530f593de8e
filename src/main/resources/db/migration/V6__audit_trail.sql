-- audit: the append-only trail, chained by hash. audit_head holds the last link and is locked by every
-- append, so that concurrent writers (several nodes) still form one chain.
create table audit_entry (
    sequence      bigint        not null primary key,
    occurred_at   timestamp with time zone not null,
    actor         varchar(254)  not null,
    ip            varchar(64),
    action        varchar(64)   not null,
    target_type   varchar(64)   not null,
    target_id     varchar(64),
    summary       varchar(1000) not null,
    before_state  varchar(200000),
    after_state   varchar(200000),
    previous_hash varchar(64)   not null,
    hash          varchar(64)   not null
);

create index audit_entry_occurred_idx on audit_entry (occurred_at);
create index audit_entry_actor_idx on audit_entry (actor);

create table audit_head (
    id            integer      not null primary key,
    last_sequence bigint       not null,
    last_hash     varchar(64)  not null
);

insert into audit_head (id, last_sequence, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
