package org.cohesion.portal.newsletter.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An edition as one recipient's e-mail shows it (and the archive page too): sections in
 * the edition's order, absolute URLs only.
 */
public record Letter(String language, String siteName, String siteAddress, String title, String subtitle,
		List<String> intro, List<Group> groups, String webUrl, String unsubscribeUrl, String manageUrl,
		String archiveUrl, String siteUrl) {

	public record Group(String sectionName, List<Item> items) {
	}

	public record Item(String title, String standfirst, String url, @Nullable String imageUrl,
			@Nullable String imageAlt, String date) {
	}

}
