-- mail: the outbox keeps the extra headers of a message (Message-ID, List-Unsubscribe…), one "Name: value"
-- per line, so that what the development outbox shows is what SMTP would have carried.
alter table mail_outbox add column headers varchar(4000);
