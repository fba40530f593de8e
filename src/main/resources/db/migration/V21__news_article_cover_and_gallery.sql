-- news: an article's cover image and its "Galerie associée" now come from the media library.
-- image_path / image_alt stay: they hold the resolved public path of the cover (a library derivative, or a
-- bundled demo image), so feeds, Open Graph tags and the sitemap read them unchanged.
alter table news_article add column cover_media_id bigint;
alter table news_article add column gallery_id bigint;
