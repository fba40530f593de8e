package org.cohesion.portal.casework.alert;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScreeningRepository extends JpaRepository<Screening, Long> {

	Optional<Screening> findByRef(String ref);

	Optional<Screening> findByAlertId(long alertId);

}
