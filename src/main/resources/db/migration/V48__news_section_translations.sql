-- news: a section's name and description in another language ("Coopération" → "Cooperation"), shown on
-- that language's pages; the original stays in news_section.
create table news_section_translation (
    section_id   bigint       not null references news_section (id) on delete cascade,
    language     varchar(8)   not null,
    name         varchar(120) not null,
    description  varchar(500) not null,
    constraint news_section_translation_pk primary key (section_id, language)
);
