package org.cohesion.portal.news.editorial;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduling is switched on here, with the newsroom, because announcing scheduled
 * publications is its first scheduled work (and a casework node, which does not run the
 * newsroom, needs none).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(NewsProperties.class)
class EditorialConfiguration {

}
