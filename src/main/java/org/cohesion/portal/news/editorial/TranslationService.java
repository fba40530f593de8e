package org.cohesion.portal.news.editorial;

import java.time.Clock;

import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.domain.ArticleRepository;
import org.cohesion.portal.news.domain.ArticleTranslation;
import org.cohesion.portal.news.domain.ArticleTranslationRepository;
import org.cohesion.portal.i18n.Languages;
import org.cohesion.portal.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Translating articles. Whoever may edit the article may translate it (a Rédacteur their
 * own drafts, an Éditeur anything); a translation has no workflow of its own: readers see
 * it exactly when they see the original. Every change is in the audit trail.
 */
@Service
@Transactional
public class TranslationService {

	private final ArticleRepository articles;

	private final ArticleTranslationRepository translations;

	private final Languages languages;

	private final AuditTrail audit;

	private final Clock clock;

	TranslationService(ArticleRepository articles, ArticleTranslationRepository translations, Languages languages,
			AuditTrail audit, Clock clock) {
		this.articles = articles;
		this.translations = translations;
		this.languages = languages;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Creates or replaces the translation into {@code language}; refuses if it changed
	 * since the form was opened at {@code expectedVersion} (-1 for a new translation).
	 */
	public void translate(long articleId, String language, long expectedVersion, TranslationContent content,
			Editor editor, @Nullable String ip) {
		Article article = editable(articleId, language, editor);
		ArticleTranslation before = article.translation(language).orElse(null);
		long current = before == null ? -1 : before.getVersion();
		if (current != expectedVersion) {
			throw new EditConflict(before == null ? null : before.getLastEditorName());
		}
		String titleBefore = before == null ? null : before.getTitle();
		String ownSlug = before == null ? null : before.getSlug();
		ArticleTranslation translation = article.translate(language, content.title(), content.standfirst(),
				content.body(), content.seoTitle(), content.seoDescription(),
				slug -> !slug.equals(ownSlug) && (translations.existsByLanguageAndSlug(language, slug)
						// a translation into the default language shares its addresses
						// with
						// the originals
						|| (languages.isDefault(language) && articles.existsBySlug(slug))),
				editor.name(), clock);
		articles.saveAndFlush(article);
		audit.record(editor.email(), ip, before == null ? "ARTICLE_TRANSLATED" : "ARTICLE_TRANSLATION_SAVED", "article",
				String.valueOf(articleId), "Traduction (" + language + ") de l’actualité « " + article.getTitle()
						+ " » " + (before == null ? "créée" : "enregistrée"),
				titleBefore, translation.getTitle());
	}

	/** Removes the translation; nothing to do if there is none (already removed). */
	public void remove(long articleId, String language, Editor editor, @Nullable String ip) {
		Article article = editable(articleId, language, editor);
		String title = article.translation(language).map(ArticleTranslation::getTitle).orElse(null);
		if (title == null) {
			return;
		}
		article.removeTranslation(language);
		articles.saveAndFlush(article);
		audit.record(editor.email(), ip, "ARTICLE_TRANSLATION_REMOVED", "article", String.valueOf(articleId),
				"Traduction (" + language + ") de l’actualité « " + article.getTitle() + " » supprimée", title, null);
	}

	private Article editable(long articleId, String language, Editor editor) {
		Article article = articles.findById(articleId).orElseThrow(() -> new NotFoundException("article " + articleId));
		if (!languages.supports(language) || language.equals(article.getLanguage())) {
			throw new NotFoundException("language " + language);
		}
		if (!EditorialService.canEdit(article, editor)) {
			throw new AccessDeniedException("Not allowed to translate article " + articleId);
		}
		return article;
	}

}
