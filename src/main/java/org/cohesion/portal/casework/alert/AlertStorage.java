package org.cohesion.portal.casework.alert;

import java.util.Arrays;
import java.util.List;

import org.cohesion.portal.casework.crypto.EncryptedTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The encrypted columns of alerts and interviews, for re-encryption after a rotation. */
@Configuration(proxyBeanMethods = false)
class AlertStorage {

	@Bean
	EncryptedTable alertEncryptedColumns() {
		return new EncryptedTable("mnr_alert", "ref",
				Arrays.stream(Alert.Field.values()).map(Alert.Field::column).toList());
	}

	@Bean
	EncryptedTable screeningEncryptedColumns() {
		return new EncryptedTable("mnr_screening", "ref",
				Arrays.stream(Screening.Field.values()).map(Screening.Field::column).toList());
	}

	@Bean
	EncryptedTable screeningEventEncryptedColumns() {
		return new EncryptedTable("mnr_screening_event", "ref", List.of("hte_place", "hte_description"));
	}

}
