package org.cohesion.portal.i18n;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.cohesion.portal.shared.NotFoundException;
import org.cohesion.portal.shared.TranslationStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the back office's three translation desks (articles, static pages, flash infos)
 * share: which languages an original may be translated into (any other than its own, 404
 * otherwise), where each translation stands, and the notices after saving or removing
 * one.
 */
@Component
public class TranslationDesk {

	private final Languages languages;

	private final MessageSource messages;

	TranslationDesk(Languages languages, MessageSource messages) {
		this.languages = languages;
		this.messages = messages;
	}

	/**
	 * @throws NotFoundException unless {@code language} is one the site speaks, other
	 * than the original's
	 */
	public void requireTarget(Translatable original, String language) {
		if (!languages.supports(language) || language.equals(original.getLanguage())) {
			throw new NotFoundException("language " + language);
		}
	}

	/** Where the translation into each other language stands. */
	public List<TranslationStatus> statuses(Translatable original) {
		return languages.all()
			.stream()
			.filter(language -> !language.equals(original.getLanguage()))
			.map(language -> original.translation(language)
				.<TranslationStatus>map(
						t -> TranslationStatus.of(language, t.isOutdated(), t.heading(), t.getUpdatedAt()))
				.orElse(TranslationStatus.missing(language)))
			.toList();
	}

	/** {@link #statuses(Translatable)} of each item of a list, by id. */
	public <T extends Translatable> Map<Long, List<TranslationStatus>> statuses(List<T> originals,
			Function<T, Long> id) {
		Map<Long, List<TranslationStatus>> statuses = new LinkedHashMap<>();
		originals.forEach(original -> statuses.put(id.apply(original), statuses(original)));
		return statuses;
	}

	/** {@code missing}, {@code outdated} or {@code current}. */
	public static String state(Translatable.@Nullable Translation translation) {
		return translation == null ? "missing" : translation.isOutdated() ? "outdated" : "current";
	}

	/** « Traduction en anglais enregistrée. » */
	public String savedNotice(String language) {
		return messages.getMessage("i18n.admin.notice.saved", new Object[] { languageName(language) },
				LocaleContextHolder.getLocale());
	}

	/** « Traduction en anglais supprimée. » */
	public String removedNotice(String language) {
		return messages.getMessage("i18n.admin.notice.removed", new Object[] { languageName(language) },
				LocaleContextHolder.getLocale());
	}

	private String languageName(String language) {
		return messages.getMessage("news.admin.language." + language, null, LocaleContextHolder.getLocale());
	}

}
