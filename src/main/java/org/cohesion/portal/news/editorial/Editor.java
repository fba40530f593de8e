package org.cohesion.portal.news.editorial;

import java.util.Set;
import java.util.stream.Collectors;

import org.cohesion.portal.accounts.CurrentEditor;
import org.cohesion.portal.accounts.Editors;
import org.cohesion.portal.news.NewsPermissions;
import org.cohesion.portal.news.domain.ArticleActor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The member of the editorial team acting, as the newsroom needs them: who (for
 * authorship, revisions and the audit) and what they may do right now (from the
 * authorities actually granted to this sign-in).
 */
public record Editor(long id, String name, String email, boolean canEditAny, boolean canPublish) {

	public static Editor from(Authentication authentication) {
		CurrentEditor editor = Editors.from(authentication)
			.orElseThrow(
					() -> new IllegalStateException("Not a member of the editorial team: " + authentication.getName()));
		Set<String> authorities = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		return new Editor(editor.id(), editor.displayName(), editor.email(),
				authorities.contains(NewsPermissions.ARTICLE_EDIT_ANY.authority()),
				authorities.contains(NewsPermissions.ARTICLE_PUBLISH.authority()));
	}

	/** This editor as an article sees them ({@link ArticleActor}). */
	public ArticleActor actor() {
		return new ArticleActor(id, canEditAny, canPublish);
	}

}
