package org.cohesion.portal.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Only on a node that runs the portal side ({@code portal} or {@code all}): for the few
 * beans of the common modules that belong to the portal, such as its database.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(ConditionalOnPortalRole.OnPortalRole.class)
public @interface ConditionalOnPortalRole {

	class OnPortalRole implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return RoleModuleFilter.configuredRole(context.getEnvironment()).runsPortal();
		}

	}

}
