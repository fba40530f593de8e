package org.cohesion.portal.audit.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cohesion.portal.audit.AuditJournal;
import org.cohesion.portal.audit.AuditVerification;
import org.cohesion.portal.audit.domain.AuditEntry;
import org.cohesion.portal.shared.Pagination;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail for administrators: filter, verify the chain, export as CSV. (The actor
 * comes from the authenticated principal, not from the accounts module, which itself
 * writes to the trail.)
 */
@Controller
@RequestMapping("/admin/journal")
@PreAuthorize("hasAuthority('PERM_AUDIT_READ')")
class AuditController {

	static final int PAGE_SIZE = 50;

	static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "sequence");

	private final AuditJournal journal;

	private final Clock clock;

	AuditController(AuditJournal journal, Clock clock) {
		this.journal = journal;
		this.clock = clock;
	}

	@GetMapping
	String list(@ModelAttribute("filter") AuditFilter filter,
			@RequestParam(name = "page", required = false) Integer page, Model model) {
		AuditJournal.Found result = journal.find(filter.toSpecification(clock.getZone()),
				PageRequest.of(Pagination.index(page), PAGE_SIZE, NEWEST_FIRST));
		Page<AuditEntry> found = result.entries();
		String query = filter.query();
		model.addAttribute("entries", found.getContent().stream().map(AuditRow::of).toList());
		model.addAttribute("filter", filter);
		model.addAttribute("pagination", new Pagination(found.getNumber() + 1, Math.max(1, found.getTotalPages()),
				found.getTotalElements(), "/admin/journal" + (query.isEmpty() ? "" : "?" + query)));
		model.addAttribute("actions", result.actions());
		model.addAttribute("verification", null);
		return "audit/list";
	}

	@PostMapping("/verifier")
	String verify(Model model, HttpServletRequest request, Principal principal) {
		AuditJournal.Checked checked = journal.verify(principal.getName(), request.getRemoteAddr(),
				PageRequest.of(0, PAGE_SIZE, NEWEST_FIRST));
		AuditVerification verification = checked.verification();
		Page<AuditEntry> found = checked.first().entries();
		model.addAttribute("entries", found.getContent().stream().map(AuditRow::of).toList());
		model.addAttribute("filter", new AuditFilter(null, null, null, null, null));
		model.addAttribute("pagination",
				new Pagination(1, Math.max(1, found.getTotalPages()), found.getTotalElements(), "/admin/journal"));
		model.addAttribute("actions", checked.first().actions());
		model.addAttribute("verification", verification);
		return "audit/list";
	}

	/**
	 * CSV for a spreadsheet: UTF-8 with a byte order mark, semicolons (French Excel),
	 * formulas neutralised.
	 */
	@GetMapping(value = "/export.csv")
	void export(@ModelAttribute("filter") AuditFilter filter, HttpServletRequest request, HttpServletResponse response,
			Principal principal) throws IOException {
		List<AuditEntry> found = journal.export(principal.getName(), request.getRemoteAddr(),
				filter.toSpecification(clock.getZone()), filter.query());
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"journal-" + java.time.LocalDate.now(clock) + ".csv\"");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		PrintWriter out = response.getWriter();
		out.write('\uFEFF');
		out.print("numero;date;auteur;ip;action;objet;identifiant;resume;avant;apres;empreinte\r\n");
		DateTimeFormatter format = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
		for (AuditEntry e : found) {
			out.print(String.join(";", cell(String.valueOf(e.getSequence())),
					cell(format.format(e.getOccurredAt().atZone(clock.getZone()))), cell(e.getActor()), cell(e.getIp()),
					cell(e.getAction()), cell(e.getTargetType()), cell(e.getTargetId()), cell(e.getSummary()),
					cell(e.getBeforeState()), cell(e.getAfterState()), cell(e.getHash())));
			out.print("\r\n");
		}
		out.flush();
	}

	/**
	 * Quotes a CSV cell; a leading = + - @ is prefixed so that a spreadsheet never runs
	 * it as a formula.
	 */
	static String cell(String value) {
		if (value == null) {
			return "";
		}
		String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

}
