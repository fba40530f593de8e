package org.cohesion.portal.newsletter.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SubscriberRepository extends JpaRepository<Subscriber, Long> {

	Optional<Subscriber> findByEmail(String email);

	@Query("select s from Subscriber s where (:status is null or s.status = :status) and s.email like :pattern order by s.email")
	Page<Subscriber> search(SubscriberStatus status, String pattern, Pageable page);

	@Query("select s.status, count(s) from Subscriber s group by s.status")
	List<Object[]> countByStatus();

	@Query("select s from Subscriber s order by s.id")
	List<Subscriber> findAllInOrder();

}
