package org.cohesion.portal.casework.consent;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.cohesion.portal.casework.consent.ConsentRegister.Entry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The consent register's rules, without a database. */
class ConsentRegisterTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

	static final List<String> LANGUAGES = List.of("fr", "dyu");

	private final List<Entry> entries = new ArrayList<>();

	private ConsentRegister register() {
		return new ConsentRegister(entries);
	}

	private void append(ConsentPurpose purpose, Long organisation, ConsentDecision decision) {
		entries.add(new Entry(entries.size() + 1, "ref" + entries.size(), purpose, organisation, decision, null, TODAY,
				false, null, null, null, 1, Instant.EPOCH, null));
	}

	private static ConsentForm form(String purpose, String organisation, String decision, String basis, String note) {
		return new ConsentForm(purpose, organisation, decision, basis, TODAY.toString(), "", "", note, 0L);
	}

	@Test
	void theLatestDecisionOfAPurposeIsTheOneInForce() {
		append(ConsentPurpose.ASSISTANCE, null, ConsentDecision.GIVEN);
		assertThat(register().allows(ConsentPurpose.ASSISTANCE, null)).isTrue();
		append(ConsentPurpose.ASSISTANCE, null, ConsentDecision.WITHDRAWN);
		assertThat(register().allows(ConsentPurpose.ASSISTANCE, null)).isFalse();
		assertThat(register().history()).hasSize(2);
		assertThat(register().version()).isEqualTo(2);
	}

	@Test
	void sharingIsGivenToOneNamedOrganisationAtATime() {
		append(ConsentPurpose.SHARING, 7L, ConsentDecision.GIVEN);
		append(ConsentPurpose.SHARING, 8L, ConsentDecision.REFUSED);
		assertThat(register().allows(ConsentPurpose.SHARING, 7L)).isTrue();
		assertThat(register().allows(ConsentPurpose.SHARING, 8L)).isFalse();
		assertThat(register().allows(ConsentPurpose.SHARING, 9L)).isFalse();
		assertThat(register().allows(ConsentPurpose.SHARING, null)).isFalse();
		assertThat(register().currentStates()).hasSize(2);
	}

	@Test
	void nothingGivenCannotBeWithdrawn() {
		append(ConsentPurpose.ASSISTANCE, null, ConsentDecision.REFUSED);
		ConsentRegister.Outcome outcome = register().decide(form("ASSISTANCE", "", "WITHDRAWN", "", ""), null, TODAY,
				Set.of(), LANGUAGES);
		assertThat(outcome.decided()).isNull();
		assertThat(outcome.errors()).containsEntry("decision", "mnr.consent.error.nothingToWithdraw");
	}

	@Test
	void aLegalBasisNeedsItsGrounds() {
		ConsentRegister.Outcome outcome = register().decide(form("FAMILY_TRACING", "", "LEGAL_BASIS", "", "trop"), null,
				TODAY, Set.of(), LANGUAGES);
		assertThat(outcome.errors()).containsKeys("legalBasis", "note");
		outcome = register().decide(form("FAMILY_TRACING", "", "LEGAL_BASIS", "CHILD_BEST_INTERESTS",
				"Enfant non accompagné, tuteur non joignable."), null, TODAY, Set.of(), LANGUAGES);
		assertThat(outcome.errors()).isEmpty();
		assertThat(outcome.decided().basis()).isEqualTo(LegalBasis.CHILD_BEST_INTERESTS);
	}

	@Test
	void sharingWithoutAKnownOrganisationIsRefused() {
		assertThat(register().decide(form("SHARING", "", "GIVEN", "", ""), null, TODAY, Set.of(7L), LANGUAGES).errors())
			.containsKey("organisationId");
		assertThat(
				register().decide(form("SHARING", "99", "GIVEN", "", ""), null, TODAY, Set.of(7L), LANGUAGES).errors())
			.containsKey("organisationId");
		assertThat(register().decide(form("SHARING", "7", "GIVEN", "", ""), null, TODAY, Set.of(7L), LANGUAGES)
			.decided()
			.organisationId()).isEqualTo(7L);
	}

	@Test
	void aDecisionInTheFutureAnInterpreterWithoutLanguageAndANonDocumentScanAreRefused() {
		ConsentForm future = new ConsentForm("ASSISTANCE", "", "GIVEN", "", TODAY.plusDays(1).toString(), "on", "", "",
				0L);
		ConsentRegister.Outcome outcome = register().decide(future, "pas un PDF".getBytes(StandardCharsets.UTF_8),
				TODAY, Set.of(), LANGUAGES);
		assertThat(outcome.errors()).containsKeys("decidedOn", "language", "scan");
		assertThat(ConsentRegister.scanType("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo("pdf");
		assertThat(ConsentRegister.scanType(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, 0 })).isEqualTo("jpeg");
	}

}
