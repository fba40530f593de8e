package org.cohesion.portal.newsletter.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.cohesion.portal.newsletter.domain.Edition;
import org.cohesion.portal.newsletter.domain.EditionItem;
import org.cohesion.portal.platform.PlatformProperties;
import org.cohesion.portal.platform.SiteProperties;
import org.cohesion.portal.shared.FrenchDates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns an edition into the HTML and plain-text parts of its e-mail. The personal links
 * are left as placeholders ({@link #UNSUBSCRIBE}, {@link #MANAGE}) so that one rendering
 * serves every recipient with the same interests: the sender only replaces two strings
 * per message.
 */
@Component
public class EditionRenderer {

	public static final String UNSUBSCRIBE = "@@UNSUBSCRIBE@@";

	public static final String MANAGE = "@@MANAGE@@";

	/** The rendered parts, placeholders included. */
	public record Rendered(String subject, String html, String text) {

		public Rendered personal(String unsubscribeUrl, String manageUrl) {
			return new Rendered(subject, html.replace(UNSUBSCRIBE, unsubscribeUrl).replace(MANAGE, manageUrl),
					text.replace(UNSUBSCRIBE, unsubscribeUrl).replace(MANAGE, manageUrl));
		}

	}

	private final TemplateEngine templates;

	private final MessageSource messages;

	private final SiteProperties site;

	private final PlatformProperties platform;

	EditionRenderer(TemplateEngine templates, MessageSource messages, SiteProperties site,
			PlatformProperties platform) {
		this.templates = templates;
		this.messages = messages;
		this.site = site;
		this.platform = platform;
	}

	public Rendered render(Edition edition, Set<String> interests, Instant when) {
		return render(letter(edition, interests, when));
	}

	public Rendered render(Letter letter) {
		StringOutput html = new StringOutput(16_384);
		templates.render("newsletter/mail/edition.jte", Map.of("letter", letter), html);
		return new Rendered(letter.title(), html.toString(), text(letter));
	}

	/**
	 * The letter for someone with these interests: only their sections, unless none of
	 * this month's articles is in them (then the whole edition, rather than an empty
	 * one).
	 */
	public Letter letter(Edition edition, Set<String> interests, Instant when) {
		Locale locale = Locale.FRENCH;
		String base = platform.baseUrlWithoutSlash();
		List<EditionItem> items = edition.getItems();
		if (!interests.isEmpty()) {
			List<EditionItem> chosen = items.stream().filter(i -> interests.contains(i.getSectionSlug())).toList();
			if (!chosen.isEmpty()) {
				items = chosen;
			}
		}
		Map<String, List<Letter.Item>> groups = new LinkedHashMap<>();
		for (EditionItem item : items) {
			groups.computeIfAbsent(item.getSectionName(), k -> new ArrayList<>())
				.add(new Letter.Item(item.getTitle(), item.getStandfirst(), base + item.getPath(),
						item.getImagePath() == null ? null
								: item.getImagePath().startsWith("http") ? item.getImagePath()
										: base + item.getImagePath(),
						item.getImageAlt(), FrenchDates.longDate(item.getPublishedAt(), platform.timeZone(), locale)));
		}
		List<String> intro = java.util.Arrays.stream(edition.getIntro().split("\\R\\s*\\R"))
			.map(String::strip)
			.filter(p -> !p.isEmpty())
			.toList();
		String number = edition.getNumber() == null ? ""
				: messages.getMessage("newsletter.letter.number", new Object[] { edition.getNumber() }, locale) + " – ";
		String webUrl = edition.getSlug() == null ? base + "/newsletter/numeros"
				: base + "/newsletter/numeros/" + edition.getSlug();
		return new Letter(locale.getLanguage(), site.name(), site.address(), edition.getTitle(),
				number + FrenchDates.longDate(when, platform.timeZone(), locale), intro,
				groups.entrySet().stream().map(e -> new Letter.Group(e.getKey(), List.copyOf(e.getValue()))).toList(),
				webUrl, UNSUBSCRIBE, MANAGE, base + "/newsletter/numeros", base + "/");
	}

	private String text(Letter letter) {
		Locale locale = Locale.FRENCH;
		StringBuilder text = new StringBuilder(4096);
		text.append(letter.siteName()).append('\n').append(letter.title()).append('\n').append(letter.subtitle());
		text.append("\n\n");
		for (String paragraph : letter.intro()) {
			text.append(paragraph).append("\n\n");
		}
		for (Letter.Group group : letter.groups()) {
			text.append("== ").append(group.sectionName()).append(" ==\n\n");
			for (Letter.Item item : group.items()) {
				text.append("* ").append(item.title()).append(" (").append(item.date()).append(")\n");
				text.append(item.standfirst()).append('\n');
				text.append(messages.getMessage("newsletter.letter.read", null, locale))
					.append(" : ")
					.append(item.url())
					.append("\n\n");
			}
		}
		text.append("--\n");
		text.append(messages.getMessage("newsletter.letter.web", null, locale)).append(" : ").append(letter.webUrl());
		text.append('\n');
		text.append(messages.getMessage("newsletter.letter.manage", null, locale))
			.append(" : ")
			.append(letter.manageUrl())
			.append('\n');
		text.append(messages.getMessage("newsletter.letter.unsubscribe", null, locale))
			.append(" : ")
			.append(letter.unsubscribeUrl())
			.append('\n');
		text.append(letter.siteName()).append(", ").append(letter.siteAddress()).append('\n');
		return text.toString();
	}

}
