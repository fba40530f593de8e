package org.cohesion.portal.platform;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions live in the database and outlive a release. A session written by an earlier
 * release may hold a class that has changed since (the signed-in editor's principal,
 * say): Spring Session would then fail every request of that browser. Here such an
 * attribute reads as absent, so the person is simply asked to sign in again. Used by both
 * session stores, the back office's and the casework's.
 */
@Configuration(proxyBeanMethods = false)
public class SessionSerialization {

	private static final Logger log = LoggerFactory.getLogger(SessionSerialization.class);

	/**
	 * Java serialization as Spring Session's default, an unreadable attribute as absent.
	 */
	public static GenericConversionService tolerantConversions() {
		GenericConversionService conversions = new GenericConversionService();
		conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
		DeserializingConverter deserializer = new DeserializingConverter(SessionSerialization.class.getClassLoader());
		conversions.addConverter(byte[].class, Object.class, new Converter<byte[], @Nullable Object>() {
			@Override
			public @Nullable Object convert(byte[] source) {
				try {
					return deserializer.convert(source);
				}
				catch (SerializationFailedException ex) {
					// no value, no identity: only that a release changed a stored class
					log.info(
							"A session attribute written by an earlier release could not be read ({}): "
									+ "its holder signs in again",
							ex.getMostSpecificCause().getClass().getSimpleName());
					return null;
				}
			}
		});
		return conversions;
	}

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> tolerantSessionAttributes() {
		return repository -> repository.setConversionService(tolerantConversions());
	}

}
