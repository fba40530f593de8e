package org.cohesion.portal.news.editorial;

import java.util.Set;

import org.springframework.expression.EvaluationContext;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The member of the editorial team acting, as the newsroom needs them: who (for
 * authorship, revisions and the audit) and what they may do.
 * <p>
 * Read from Spring Security's {@link Authentication} rather than through the accounts
 * module's {@code Editors}: accounts depends on site, which depends on news, so a type
 * dependency from news to accounts would close a cycle that ModularityTests refuses. The
 * principal's {@code editor()} is read by name, and permissions are the {@code PERM_…}
 * authorities.
 */
public record Editor(long id, String name, String email, boolean canEditAny, boolean canPublish) {

	private static final ExpressionParser PARSER = new SpelExpressionParser();

	public static Editor from(Authentication authentication) {
		Object principal = authentication.getPrincipal();
		EvaluationContext context = SimpleEvaluationContext.forReadOnlyDataBinding().withInstanceMethods().build();
		Long id = PARSER.parseExpression("editor().id()").getValue(context, principal, Long.class);
		String name = PARSER.parseExpression("editor().displayName()").getValue(context, principal, String.class);
		String email = PARSER.parseExpression("editor().email()").getValue(context, principal, String.class);
		if (id == null || name == null || email == null) {
			throw new IllegalStateException("Not a member of the editorial team: " + authentication.getName());
		}
		Set<String> authorities = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(java.util.stream.Collectors.toSet());
		return new Editor(id, name, email, authorities.contains("PERM_ARTICLE_EDIT_ANY"),
				authorities.contains("PERM_ARTICLE_PUBLISH"));
	}

}
