-- ShedLock: one row per scheduled job; the node holding the row until lock_until runs the job
-- (see platform.SchedulingConfiguration). Times come from the database's clock.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
