package org.cohesion.portal.casework.transfer;

import java.util.Optional;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.DemoCaseworkers;
import org.cohesion.portal.casework.casefile.DemoCaseFiles;
import org.cohesion.portal.casework.person.PersonNames;
import org.cohesion.portal.casework.transfer.TransferViews.RequestForm;
import org.cohesion.portal.platform.PlatformProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo mode only, after the demo closures ({@code @Order(60)}): transfers of
 * responsibility through the real use cases — the Gontougo case worker offers a case to
 * the Poro case worker (pending: the person moved to Korhogo), and a DLTP case the Poro
 * case worker took over (accepted). The receivers are the demo's enabled case worker.
 */
@Component
@Order(60)
class DemoTransfers implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoTransfers.class);

	private final Transfers transfers;

	private final PersonNames people;

	private final JdbcTemplate jdbc;

	private final PlatformProperties platform;

	DemoTransfers(Transfers transfers, PersonNames people, @Qualifier("caseworkJdbcTemplate") JdbcTemplate jdbc,
			PlatformProperties platform) {
		this.transfers = transfers;
		this.people = people;
		this.jdbc = jdbc;
		this.platform = platform;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!platform.demo().enabled()
				|| jdbc.queryForObject("select count(*) from " + Transfers.TABLE, Long.class) > 0) {
			return;
		}
		Optional<Caseworker> por = DemoCaseworkers.find(jdbc, "gestionnaire@demo.mnr");
		Optional<Caseworker> gon = DemoCaseworkers.find(jdbc, "gestionnaire.gontougo@demo.mnr");
		Optional<Caseworker> dltp = DemoCaseworkers.find(jdbc, "gestionnaire.dltp@demo.mnr");
		Optional<String> nadege = DemoCaseFiles.ofPersonPhone(people, jdbc, "05 00 10 00 09");
		Optional<String> rita = DemoCaseFiles.ofPersonPhone(people, jdbc, "05 00 10 00 12");
		if (por.isEmpty() || gon.isEmpty() || dltp.isEmpty() || nadege.isEmpty() || rita.isEmpty()) {
			log.warn("Demo transfers: demo users or cases missing; skipped");
			return;
		}
		try {
			request(gon.get(), nadege.get(), new RequestForm(por.get().userId(),
					"La personne a déménagé à Korhogo chez sa sœur : suivi plus simple par la cellule du Poro (démo)."));
			request(dltp.get(), rita.get(), new RequestForm(por.get().userId(),
					"Installée à Korhogo près de sa famille : la cellule du Poro reprend le suivi (démo)."));
			String ref = jdbc.queryForObject("select ref from " + Transfers.TABLE + " where case_code = ?",
					String.class, rita.get());
			long version = jdbc.queryForObject("select version from " + Transfers.TABLE + " where ref = ?", Long.class,
					ref);
			transfers.answer(por.get(), ref, true, version);
			log.info("Demo transfers: one pending, one accepted");
		}
		catch (RuntimeException ex) {
			StackTraceElement where = java.util.Arrays.stream(ex.getStackTrace())
				.filter(frame -> frame.getClassName().startsWith("org.cohesion"))
				.findFirst()
				.orElse(null);
			log.warn("Demo transfers: one step could not be made ({} at {}); stopped", ex.getClass().getSimpleName(),
					where);
		}
	}

	private void request(Caseworker who, String caseCode, RequestForm form) {
		if (!transfers.request(who, caseCode, form).isEmpty()) {
			throw new IllegalStateException("demo transfer refused");
		}
	}

}
