-- news: who wrote an article and who changed it last (for the back office and its conflict message),
-- its SEO title and description, and when its publication was announced to the other modules.
-- announced_at is set by one atomic conditional update ("... where announced_at is null"), so that two
-- nodes, or a node restarting, never announce the same publication twice.
alter table news_article add column author_id bigint;
alter table news_article add column author_name varchar(120);
alter table news_article add column updated_by varchar(120);
alter table news_article add column seo_title varchar(200);
alter table news_article add column seo_description varchar(300);
alter table news_article add column announced_at timestamp with time zone;

-- Articles already public when this lands were published before announcements existed: nothing to announce.
update news_article set announced_at = published_at
 where status = 'PUBLISHED' and published_at is not null and published_at <= current_timestamp;

create index news_article_announce_idx on news_article (status, announced_at, published_at);
create index news_article_author_idx on news_article (author_id);
