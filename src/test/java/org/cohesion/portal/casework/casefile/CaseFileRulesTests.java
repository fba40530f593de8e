package org.cohesion.portal.casework.casefile;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The case file's own rules, without a database. */
class CaseFileRulesTests {

	private final Clock clock = Clock.fixed(Instant.parse("2026-03-14T10:00:00Z"), ZoneOffset.UTC);

	private static CaseFile adult() {
		return new CaseFile("MNR-2026-POR-D00001", 1, 2, 3, "s", "a", false, false, false,
				Instant.parse("2026-03-01T10:00:00Z"));
	}

	@Test
	void theRiskLevelIsTheHighestOfTheThreeFactors() {
		CaseFile file = adult();
		assertThat(file.assessRisk(RiskLevel.LOW, RiskLevel.LOW, RiskLevel.LOW, null, clock)).isEqualTo(RiskLevel.LOW);
		assertThat(file.assessRisk(RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.LOW, null, clock))
			.isEqualTo(RiskLevel.MEDIUM);
		assertThat(file.assessRisk(RiskLevel.HIGH, RiskLevel.LOW, RiskLevel.MEDIUM, null, clock))
			.isEqualTo(RiskLevel.HIGH);
		assertThat(file.getRiskLevel()).isEqualTo(RiskLevel.HIGH);
		assertThat(file.getLastActivityAt()).isEqualTo(clock.instant());
	}

	@Test
	void theStatusMovesBetweenActiveAndFollowUpOnlyClosingAndReopeningGoThroughTheirOwnSteps() {
		CaseFile file = adult();
		file.changeStatus(CaseStatus.FOLLOW_UP, false, null, clock);
		assertThat(file.getStatus()).isEqualTo(CaseStatus.FOLLOW_UP);
		assertThatThrownBy(() -> file.changeStatus(CaseStatus.FOLLOW_UP, true, null, clock))
			.hasMessage("mnr.case.error.status.same");
		assertThatThrownBy(() -> file.changeStatus(CaseStatus.CLOSED, false, new byte[] { 1 }, clock))
			.hasMessage("mnr.case.error.status.close");
		assertThatThrownBy(() -> file.changeStatus(CaseStatus.CLOSED, true, new byte[] { 1 }, clock))
			.as("even a supervisor closes through an approved closure request")
			.hasMessage("mnr.case.error.status.close");
		assertThatThrownBy(() -> file.close(CaseStatus.CLOSED, null, clock)).hasMessage("mnr.case.error.status.reason");
		assertThatThrownBy(() -> file.close(CaseStatus.ACTIVE, new byte[] { 1 }, clock))
			.hasMessage("mnr.closure.refused.notAClosure");
		assertThatThrownBy(() -> file.reopen(true, clock)).hasMessage("mnr.closure.refused.notClosed");
		file.close(CaseStatus.CLOSED_REFERRED, new byte[] { 1 }, clock);
		assertThat(file.getStatus()).isEqualTo(CaseStatus.CLOSED_REFERRED);
		assertThatThrownBy(() -> file.close(CaseStatus.CLOSED, new byte[] { 1 }, clock))
			.hasMessage("mnr.case.error.closed");
		assertThatThrownBy(() -> file.assessRisk(RiskLevel.LOW, RiskLevel.LOW, RiskLevel.LOW, null, clock))
			.hasMessage("mnr.case.error.closed");
		assertThatThrownBy(() -> file.requireOpenForAppending()).hasMessage("mnr.case.error.closed");
		assertThatThrownBy(() -> file.changeStatus(CaseStatus.ACTIVE, true, null, clock))
			.hasMessage("mnr.case.error.status.reopen");
		assertThatThrownBy(() -> file.reopen(false, clock)).hasMessage("mnr.closure.refused.reopenSupervisorOnly");
		file.reopen(true, clock);
		assertThat(file.getStatus()).isEqualTo(CaseStatus.ACTIVE);
		assertThat(file.getCasReasonForClosure()).isNull();
	}

	@Test
	void onlyAChildsCaseHasChildProtectionAndItsNameIsHiddenAsForSexualExploitation() {
		CaseFile adult = adult();
		assertThat(adult.protectsName()).isFalse();
		assertThatThrownBy(() -> adult.recordChildProtection(null, null, null, FamilyTracing.NEEDED, clock))
			.hasMessage("mnr.case.error.notChild");
		CaseFile child = new CaseFile("MNR-2026-POR-D00002", 1, 2, 3, null, null, true, true, false, clock.instant());
		assertThat(child.protectsName()).isTrue();
		assertThat(child.getChildFamilyTracing()).isEqualTo(FamilyTracing.TO_ASSESS);
		assertThat(child.getVictimStatus()).isEqualTo(VictimStatus.ACTUAL);
		child.recordChildProtection(null, LocalDate.of(2026, 3, 13), null, FamilyTracing.IN_PROGRESS, clock);
		assertThat(child.getChildFamilyTracing()).isEqualTo(FamilyTracing.IN_PROGRESS);
		assertThat(new CaseFile("c", 1, 2, 3, null, null, false, false, true, clock.instant()).protectsName()).isTrue();
	}

	@Test
	void attachmentsAreRecognisedByTheirFirstBytesNotTheirName() {
		assertThat(CaseFiles.contentType("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo("application/pdf");
		assertThat(CaseFiles.contentType(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }))
			.isEqualTo("image/jpeg");
		assertThat(CaseFiles.contentType(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0 }))
			.isEqualTo("image/png");
		assertThat(CaseFiles.contentType("<html>".getBytes(StandardCharsets.US_ASCII))).isNull();
		assertThat(CaseFiles.contentType(new byte[] { 'G', 'I', 'F', '8', '9', 'a' })).isNull();
		assertThat(CaseFiles.cleanFileName("C:\\Users\\x\\rapport.pdf", "application/pdf")).isEqualTo("rapport.pdf");
		assertThat(CaseFiles.cleanFileName("../../photo", "image/jpeg")).isEqualTo("photo.jpg");
		assertThat(CaseFiles.cleanFileName("scan.jpeg", "image/jpeg")).isEqualTo("scan.jpeg");
		assertThat(CaseFiles.cleanFileName("faux.pdf", "image/png")).isEqualTo("faux.pdf.png");
		assertThat(CaseFiles.cleanFileName("", "image/png")).isEqualTo("piece-jointe.png");
	}

	@Test
	void theTimelineKeepsCodesThatBecomeWordsOnlyWhenShown() {
		assertThat(CaseFiles.argumentKeys(CaseEventKind.STATUS_CHANGED, "ACTIVE|CLOSED"))
			.containsExactly("mnr.case.status.active", "mnr.case.status.closed");
		assertThat(CaseFiles.argumentKeys(CaseEventKind.ATTACHMENT_ADDED, "application/pdf"))
			.containsExactly("mnr.case.file.type.pdf");
		assertThat(CaseFiles.argumentKeys(CaseEventKind.BREAK_GLASS_READ, "0123abcd")).isEmpty();
	}

}
