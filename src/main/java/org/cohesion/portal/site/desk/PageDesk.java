package org.cohesion.portal.site.desk;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.shared.NotFoundException;
import org.cohesion.portal.shared.Ordering;
import org.cohesion.portal.shared.Slugs;
import org.cohesion.portal.site.domain.Page;
import org.cohesion.portal.site.domain.PageRepository;
import org.cohesion.portal.site.domain.PageTranslation;
import org.cohesion.portal.site.domain.PageTranslationRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office's static pages and their translations: every change goes through here,
 * one transaction per action, each recorded in the audit trail.
 */
@Service
@Transactional
public class PageDesk {

	/** Addresses the site already uses at its root: a page cannot take them. */
	public static final Set<String> RESERVED = Set.of("actualites", "rubriques", "flash-infos", "galeries",
			"newsletter", "admin", "connexion", "deconnexion", "error", "css", "js", "img", "demo", "api", "recherche",
			"feeds", "sitemap", "robots");

	private final PageRepository pages;

	private final PageTranslationRepository translations;

	private final AuditTrail audit;

	private final Clock clock;

	PageDesk(PageRepository pages, PageTranslationRepository translations, AuditTrail audit, Clock clock) {
		this.pages = pages;
		this.translations = translations;
		this.audit = audit;
		this.clock = clock;
	}

	/** The pages in their order, as a view built inside the transaction. */
	@Transactional(readOnly = true)
	public <T> T list(Function<List<Page>, T> view) {
		return view.apply(pages.findAllByOrderByPositionAsc());
	}

	/** One page as a view; 404 when there is none. */
	@Transactional(readOnly = true)
	public <T> T read(long id, Function<Page, T> view) {
		return view.apply(find(id));
	}

	/**
	 * A new page, last in the order, at {@code slug} (or one made from the title).
	 * @return its id, or empty when the address is taken or reserved
	 */
	public Optional<Long> create(String title, @Nullable String slug, String summary, String body, String actor,
			@Nullable String ip) {
		String address = slug == null || slug.isBlank() ? Slugs.slugify(title) : slug;
		if (RESERVED.contains(address) || pages.findBySlug(address).isPresent()) {
			return Optional.empty();
		}
		Page page = pages
			.save(new Page(address, title, summary, body, pages.findAllByOrderByPositionAsc().size() + 1, clock));
		audit.record(actor, ip, "PAGE_CREATED", "page", String.valueOf(page.getId()),
				"Page créée : « " + page.getTitle() + " » (/" + page.getSlug() + ")", null, page.getBody());
		return Optional.of(page.getId());
	}

	/**
	 * Saves the form opened at {@code version}; false, and nothing changed, when the page
	 * changed since.
	 */
	public boolean update(long id, @Nullable Long version, String title, String summary, String body, String actor,
			@Nullable String ip) {
		Page page = find(id);
		if (version != null && version != page.getVersion()) {
			return false;
		}
		String before = page.getTitle() + "\n" + page.getSummary() + "\n" + page.getBody();
		page.edit(title, summary, body, clock);
		audit.record(actor, ip, "PAGE_UPDATED", "page", String.valueOf(id),
				"Page modifiée : « " + page.getTitle() + " »", before,
				page.getTitle() + "\n" + page.getSummary() + "\n" + page.getBody());
		return true;
	}

	/** Moves the page one place up or down. */
	public void move(long id, String direction, String actor, @Nullable String ip) {
		if (Ordering.move(pages.findAllByOrderByPositionAsc(), find(id), direction, 1, Page::moveTo)) {
			audit.record(actor, ip, "PAGE_REORDERED", "page", String.valueOf(id), "Ordre des pages modifié", null,
					null);
		}
	}

	/**
	 * Creates or replaces the translation into {@code language} of the form opened at
	 * {@code expectedVersion} (-1 for a new one); false, and nothing changed, when it
	 * changed since. Its slug is unique in its language and never a reserved address.
	 */
	public boolean translate(long id, String language, long expectedVersion, String title, String summary, String body,
			String editorName, String actor, @Nullable String ip) {
		Page page = find(id);
		PageTranslation before = page.translation(language).orElse(null);
		if (expectedVersion != (before == null ? -1 : before.getVersion())) {
			return false;
		}
		String titleBefore = before == null ? null : before.getTitle();
		String ownSlug = before == null ? null : before.getSlug();
		PageTranslation translation = page.translate(
				language, title, summary, body, slug -> !slug.equals(ownSlug) && (pages.findBySlug(slug).isPresent()
						|| RESERVED.contains(slug) || translations.existsByLanguageAndSlug(language, slug)),
				editorName, clock);
		pages.saveAndFlush(page);
		audit.record(actor, ip, before == null ? "PAGE_TRANSLATED" : "PAGE_TRANSLATION_SAVED", "page",
				String.valueOf(id), "Traduction (" + language + ") de la page « " + page.getTitle() + " » "
						+ (before == null ? "créée" : "enregistrée"),
				titleBefore, translation.getTitle());
		return true;
	}

	/** Removes the translation into {@code language}; false when there was none. */
	public boolean removeTranslation(long id, String language, String actor, @Nullable String ip) {
		Page page = find(id);
		String title = page.translation(language).map(PageTranslation::getTitle).orElse(null);
		if (title == null) {
			return false;
		}
		page.removeTranslation(language);
		pages.saveAndFlush(page);
		audit.record(actor, ip, "PAGE_TRANSLATION_REMOVED", "page", String.valueOf(id),
				"Traduction (" + language + ") de la page « " + page.getTitle() + " » supprimée", title, null);
		return true;
	}

	private Page find(long id) {
		return pages.findById(id).orElseThrow(() -> new NotFoundException("page " + id));
	}

}
