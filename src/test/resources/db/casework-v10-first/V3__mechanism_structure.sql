-- casework (MNR): the mechanism's own structure, the same everywhere: the ministry's directorate (DLTP) and
-- the regional cells of the national committee. Service providers and first-line actors are added by the
-- MNR administrator. The token buckets of sign-in throttling, shared between casework nodes on PostgreSQL.
insert into mnr_organisation (code, name, kind, org_type, region, active, created_at) values
    ('DLTP', 'Direction de la lutte contre la traite des personnes', 'DLTP', 'CENTRAL_GOVERNMENT', '', true, current_timestamp),
    ('CR-GON', 'Cellule régionale du Gontougo', 'CELLULE_REGIONALE', 'LOCAL_GOVERNMENT', 'Gontougo', true, current_timestamp),
    ('CR-POR', 'Cellule régionale du Poro', 'CELLULE_REGIONALE', 'LOCAL_GOVERNMENT', 'Poro', true, current_timestamp),
    ('CR-HSA', 'Cellule régionale du Haut-Sassandra', 'CELLULE_REGIONALE', 'LOCAL_GOVERNMENT', 'Haut-Sassandra', true, current_timestamp),
    ('CR-GOH', 'Cellule régionale du Gôh', 'CELLULE_REGIONALE', 'LOCAL_GOVERNMENT', 'Gôh', true, current_timestamp),
    ('CR-SCO', 'Cellule régionale du Sud-Comoé', 'CELLULE_REGIONALE', 'LOCAL_GOVERNMENT', 'Sud-Comoé', true, current_timestamp);

create table rate_limit_bucket (
    id         varchar(128) primary key,
    state      bytea,
    expires_at bigint
);
