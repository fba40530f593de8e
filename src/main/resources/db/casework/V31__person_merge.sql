-- casework (MNR): duplicates. A merged record stays (nothing is deleted): it points to the record that
-- survives, and its code leads there. Index rows copied to the survivor at a merge remember where they came
-- from, so that the survivor's re-indexing keeps them. A pair of records a supervisor has checked and found
-- to be two different people is not offered again.
alter table mnr_person add column merged_into_id bigint references mnr_person (id);
alter table mnr_person add column merged_at timestamp with time zone;
alter table mnr_person add column merged_by bigint references mnr_user (id);
create index mnr_person_merged_into on mnr_person (merged_into_id);

alter table mnr_person_index add column from_person_id bigint references mnr_person (id);

create table mnr_person_match (
    low_id      bigint      not null references mnr_person (id),
    high_id     bigint      not null references mnr_person (id),
    status      varchar(20) not null,
    decided_by  bigint      not null references mnr_user (id),
    decided_at  timestamp with time zone not null,
    primary key (low_id, high_id)
);
