-- Bucket4j's token buckets, shared by every node on PostgreSQL (on H2 the application keeps
-- them in memory and leaves this table empty). Keys are hashes: no address is stored.
create table rate_limit_bucket (
    id varchar(128) primary key,
    state bytea,
    expires_at bigint
);

-- Recovery codes are now hashed with the password encoder (bcrypt, about 70 characters)
-- and TOTP secrets are sealed with an AEAD (about 90 characters): both columns grow.
alter table accounts_recovery_code alter column code_hash set data type varchar(255);
alter table accounts_user alter column totp_secret set data type varchar(255);
