package org.cohesion.portal.casework.alert;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScreeningEventRepository extends JpaRepository<ScreeningEvent, Long> {

	List<ScreeningEvent> findByScreeningIdOrderByDateAscIdAsc(long screeningId);

	Optional<ScreeningEvent> findByRef(String ref);

}
