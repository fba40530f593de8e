package org.cohesion.portal.casework.person;

import java.util.Arrays;

import org.cohesion.portal.casework.crypto.EncryptedTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The person's encrypted columns, for the re-encryption job after a key rotation. */
@Configuration(proxyBeanMethods = false)
class PersonStorage {

	@Bean
	EncryptedTable personEncryptedColumns() {
		return new EncryptedTable("mnr_person", "ref",
				Arrays.stream(Person.Field.values()).map(Person.Field::column).toList());
	}

}
