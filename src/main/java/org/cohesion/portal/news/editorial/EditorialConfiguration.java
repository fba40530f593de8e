package org.cohesion.portal.news.editorial;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The newsroom's settings. (Scheduling is switched on once, in the platform module.)
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NewsProperties.class)
class EditorialConfiguration {

}
