package org.cohesion.portal.api.internal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public content API.
 *
 * @param allowedOrigins origins whose pages may call the API from a browser (CORS);
 * {@code *} for any, since the data is public and no cookie is involved
 * @param requestsPerMinute requests one address may make per minute, per node
 */
@ConfigurationProperties("portal.api")
public record ApiProperties(@DefaultValue("*") List<String> allowedOrigins,
		@DefaultValue("120") int requestsPerMinute) {

}
