package org.cohesion.portal.pagecache.internal;

import java.time.Clock;

import jakarta.persistence.EntityManagerFactory;

import io.micrometer.core.instrument.MeterRegistry;
import org.cohesion.portal.flash.FlashApi;
import org.cohesion.portal.news.NewsApi;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageCacheProperties.class)
class PageCacheConfiguration {

	@Bean
	RenderedPages renderedPages(PageCacheProperties properties, Clock clock) {
		return new RenderedPages(properties, clock);
	}

	@Bean
	PageCacheMetrics pageCacheMetrics(ObjectProvider<MeterRegistry> registry, RenderedPages pages) {
		return new PageCacheMetrics(registry.getIfAvailable(), pages);
	}

	@Bean
	ContentChanges contentChanges(RenderedPages pages, PageCacheMetrics metrics, JdbcTemplate jdbc, NewsApi news,
			FlashApi flash, Clock clock, PageCacheProperties properties) {
		return new ContentChanges(pages, metrics, jdbc, news, flash, clock, properties.enabled(),
				properties.readModels());
	}

	/**
	 * After the rate limit and the language prefix (so an API caller over its limit still
	 * gets its 429 and the key knows the page's language), before everything else: a hit
	 * costs no session lookup, no security chain, no controller.
	 */
	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCacheProperties properties, RenderedPages pages,
			PageCacheMetrics metrics) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				new PageCacheFilter(pages, metrics, BrotliEncoding.of(properties.brotliQuality())));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 8);
		registration.setEnabled(properties.enabled());
		return registration;
	}

	/**
	 * Hibernate tells {@link EntityChangeListener} of every write of the portal's
	 * entities.
	 */
	@Bean
	SmartInitializingSingleton pageCacheEntityListener(EntityManagerFactory entityManagerFactory,
			ContentChanges changes) {
		return () -> {
			EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
				.getEventListenerRegistry();
			EntityChangeListener listener = new EntityChangeListener(changes);
			registry.appendListeners(EventType.POST_INSERT, listener);
			registry.appendListeners(EventType.POST_UPDATE, listener);
			registry.appendListeners(EventType.POST_DELETE, listener);
			registry.appendListeners(EventType.POST_COLLECTION_RECREATE, listener);
			registry.appendListeners(EventType.POST_COLLECTION_UPDATE, listener);
			registry.appendListeners(EventType.POST_COLLECTION_REMOVE, listener);
		};
	}

}
