package org.cohesion.portal.newsletter.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cohesion.portal.news.SectionView;

/**
 * The sign-up form with what the person typed and what went wrong.
 *
 * @param token the signed form token (see platform.FormTokens)
 */
public record SubscribePage(String email, Set<String> interests, boolean consent, List<SectionView> sections,
		Map<String, String> errors, String token) {

	public boolean chosen(SectionView section) {
		return interests.contains(section.slug());
	}

	public boolean hasError(String field) {
		return errors.containsKey(field);
	}

	public String error(String field) {
		return errors.getOrDefault(field, "");
	}

}
