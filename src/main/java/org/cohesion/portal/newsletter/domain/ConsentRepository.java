package org.cohesion.portal.newsletter.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsentRepository extends JpaRepository<Consent, Long> {

	List<Consent> findBySubscriberIdOrderByGivenAtAsc(long subscriberId);

	void deleteBySubscriberId(long subscriberId);

}
