-- An edition paused because the SMTP relay cannot be reached: since when, what it answered, and when the
-- sender tries it again (the delay grows with the length of the outage). Null when the relay answers.
-- Delivery rows are now claimed per SMTP connection (claimed_by = '<run>/<lane>') and each answer is recorded
-- as the relay gives it, so after a crash only the lowest SENDING row of each lane can be in doubt.
alter table newsletter_edition add column relay_down_since timestamp with time zone;
alter table newsletter_edition add column relay_next_probe timestamp with time zone;
alter table newsletter_edition add column relay_error varchar(500);
