-- news: free tags (mots-clés) on articles, in addition to their section.
create table news_article_tag (
    article_id bigint      not null references news_article (id) on delete cascade,
    tag        varchar(60) not null,
    primary key (article_id, tag)
);

create index news_article_tag_tag_idx on news_article_tag (tag);
