package org.cohesion.portal.casework.alert;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AlertRepository extends JpaRepository<Alert, Long> {

	Optional<Alert> findByRef(String ref);

	Optional<Alert> findByIdempotencyKey(String idempotencyKey);

}
