-- pagecache: one row that every node polls; a node that changed content increments it, the others then
-- drop their cached pages.
create table page_cache_version (
    id         integer primary key,
    version    bigint not null,
    changed_at timestamp with time zone not null
);
insert into page_cache_version (id, version, changed_at) values (1, 0, current_timestamp);
