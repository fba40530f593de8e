package org.cohesion.portal.casework.signin;

import java.io.IOException;
import java.util.EnumSet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

import org.cohesion.portal.casework.CaseworkTransactional;
import org.cohesion.portal.casework.config.CaseworkProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.cohesion.portal.platform.SessionSerialization;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Casework sessions live in the casework database (table {@code mnr_session}), behind
 * their own cookie {@code MNR_SESSION} scoped to {@code /mnr}, and end after
 * {@code portal.casework.idle-timeout} (15 minutes) without a request. On a node that
 * runs both sides, the portal's Spring Session filter is told to leave {@code /mnr}
 * alone: a casework session never reaches the portal's database, and the portal's session
 * cookie means nothing under {@code /mnr}.
 */
@Configuration(proxyBeanMethods = false)
class CaseworkSessionConfiguration {

	static final String COOKIE = "MNR_SESSION";

	static final String PATH = "/mnr";

	@Bean
	CaseworkSessionStore caseworkSessionStore(@Qualifier("caseworkJdbcTemplate") JdbcTemplate jdbc,
			@Qualifier(CaseworkTransactional.TRANSACTION_MANAGER) PlatformTransactionManager transactions,
			CaseworkProperties properties) {
		JdbcIndexedSessionRepository repository = new JdbcIndexedSessionRepository(jdbc,
				new TransactionTemplate(transactions));
		repository.setTableName("mnr_session");
		repository.setConversionService(SessionSerialization.tolerantConversions());
		repository.setDefaultMaxInactiveInterval(properties.idleTimeout());
		return new CaseworkSessionStore(repository);
	}

	@Bean
	FilterRegistrationBean<SessionRepositoryFilter<?>> caseworkSessionFilter(CaseworkSessionStore store,
			CaseworkProperties properties) {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName(COOKIE);
		cookie.setCookiePath(PATH);
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite("Strict");
		cookie.setUseSecureCookie(properties.secureCookie());
		CookieHttpSessionIdResolver resolver = new CookieHttpSessionIdResolver();
		resolver.setCookieSerializer(cookie);
		SessionRepositoryFilter<?> filter = new SessionRepositoryFilter<>(store.repository());
		filter.setHttpSessionIdResolver(resolver);
		FilterRegistrationBean<SessionRepositoryFilter<?>> registration = new FilterRegistrationBean<>(filter);
		registration.setName("caseworkSessionFilter");
		registration.addUrlPatterns(PATH, PATH + "/*");
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
		return registration;
	}

	/** The portal's Spring Session filter, where there is one, skips {@code /mnr}. */
	@Bean
	static BeanPostProcessor portalSessionsSkipCasework() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if ("springSessionRepositoryFilter".equals(beanName) && bean instanceof Filter filter) {
					return new SkippingCasework(filter);
				}
				return bean;
			}
		};
	}

	static boolean isCasework(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals(PATH) || path.startsWith(PATH + "/");
	}

	/**
	 * Wraps the portal's session filter so that it lets casework requests through
	 * untouched.
	 */
	static final class SkippingCasework implements Filter {

		private final Filter portal;

		SkippingCasework(Filter portal) {
			this.portal = portal;
		}

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws IOException, ServletException {
			if (request instanceof HttpServletRequest http && isCasework(http)) {
				chain.doFilter(request, response);
			}
			else {
				portal.doFilter(request, response, chain);
			}
		}

		@Override
		public void destroy() {
			portal.destroy();
		}

	}

	/** Starts and stops the sweeping of expired casework sessions (every minute). */
	static final class CaseworkSessionStore implements InitializingBean, DisposableBean {

		private final JdbcIndexedSessionRepository repository;

		CaseworkSessionStore(JdbcIndexedSessionRepository repository) {
			this.repository = repository;
		}

		JdbcIndexedSessionRepository repository() {
			return repository;
		}

		@Override
		public void afterPropertiesSet() {
			repository.afterPropertiesSet();
		}

		@Override
		public void destroy() {
			repository.destroy();
		}

	}

}
