package org.cohesion.portal.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.cohesion.portal.casework.alert.ScreeningConcluded;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.cohesion.portal.casework.CaseworkStaff.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A case file opened as the casework opens one: the person created through the form by
 * the case worker, the case by the interview's conclusion ({@link ScreeningConcluded}) in
 * a committed transaction.
 */
public final class TestCases {

	private final MockMvc mvc;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final PlatformTransactionManager transactions;

	public TestCases(MockMvc mvc, JdbcTemplate caseworkJdbc, ApplicationEventPublisher events,
			PlatformTransactionManager caseworkTransactions) {
		this.mvc = mvc;
		this.jdbc = caseworkJdbc;
		this.events = events;
		this.transactions = caseworkTransactions;
	}

	/** The person as the form takes them. */
	public record Person(String firstName, String secondName, String birthdate, String gender,
			@Nullable String mobilePhone) {

		public static Person named(String firstName, String secondName) {
			return new Person(firstName, secondName, "1994-03-04", "FEMININE", null);
		}

		public Person born(String date) {
			return new Person(firstName, secondName, date, gender, mobilePhone);
		}

		public Person gender(String value) {
			return new Person(firstName, secondName, birthdate, value, mobilePhone);
		}

		public Person phone(String value) {
			return new Person(firstName, secondName, birthdate, gender, value);
		}

	}

	/** The codes of the person and of the case opened for them. */
	public record Opened(String personCode, String caseCode) {
	}

	/** A presumed victim's case, adult or child as the interview concluded. */
	public Opened open(Caseworker worker, Person person, boolean actual, boolean child) throws Exception {
		MockHttpServletRequestBuilder form = post("/mnr/personnes").with(as(worker))
			.with(csrf())
			.param("firstName", person.firstName())
			.param("secondName", person.secondName())
			.param("birthdate", person.birthdate())
			.param("gender", person.gender())
			.param("identifiedOn", LocalDate.now().toString());
		if (person.mobilePhone() != null) {
			form.param("mobilePhone", person.mobilePhone());
		}
		String created = Objects.requireNonNull(mvc.perform(form).andReturn().getResponse().getRedirectedUrl());
		String personCode = created.substring("/mnr/personnes/".length());
		long personId = jdbc.queryForObject("select id from mnr_person where code = ?", Long.class, personCode);
		String screening = UUID.randomUUID().toString().replace("-", "");
		ScreeningConcluded concluded = new ScreeningConcluded(screening, "A-" + screening.substring(0, 8), personId,
				actual, child, false, worker.userId(), worker.organisationId(), Instant.now());
		new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(concluded));
		return new Opened(personCode,
				jdbc.queryForObject("select code from mnr_case where screening_ref = ?", String.class, screening));
	}

	/** An adult presumed victim's case. */
	public String open(Caseworker worker, Person person) throws Exception {
		return open(worker, person, false, false).caseCode();
	}

}
