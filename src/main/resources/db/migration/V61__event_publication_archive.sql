-- Spring Modulith's archive of completed event publications (completion-mode=archive): a completed
-- publication moves here, so event_publication holds only what is still outstanding; entries older than
-- portal.events.keep-archived (30 days) are deleted by platform.EventPublicationMaintenance.
create table event_publication_archive (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(100000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer       not null default 0,
    last_resubmission_date timestamp with time zone
);

create index event_publication_archive_completed_idx on event_publication_archive (completion_date);

-- Publications completed before archiving was switched on: the registry no longer reads them.
insert into event_publication_archive
    select * from event_publication where completion_date is not null;
delete from event_publication where completion_date is not null;
