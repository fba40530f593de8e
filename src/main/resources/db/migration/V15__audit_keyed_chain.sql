-- audit: from the first start with PORTAL_AUDIT_KEY, entries are chained with an HMAC under that key.
-- keyed_from is the first such entry (an AUDIT_CHAIN_KEYED entry that seals the unkeyed ones before it).
alter table audit_head add column keyed_from bigint;
