package org.cohesion.portal.casework.person;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<Person, Long> {

	Optional<Person> findByCode(String code);

}
