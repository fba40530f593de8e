package org.cohesion.portal.casework.reintegration;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReintegrationEntryRepository extends JpaRepository<ReintegrationEntry, Long> {

}
