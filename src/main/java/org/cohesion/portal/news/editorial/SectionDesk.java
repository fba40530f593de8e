package org.cohesion.portal.news.editorial;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.news.domain.Section;
import org.cohesion.portal.news.domain.SectionRepository;
import org.cohesion.portal.shared.NotFoundException;
import org.cohesion.portal.shared.Ordering;
import org.cohesion.portal.shared.Slugs;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office's sections (rubriques): create, edit, order; one transaction per
 * action, each recorded in the audit trail.
 */
@Service
@Transactional
public class SectionDesk {

	private final SectionRepository sections;

	private final AuditTrail audit;

	SectionDesk(SectionRepository sections, AuditTrail audit) {
		this.sections = sections;
		this.audit = audit;
	}

	/** The sections in their order, as views built inside the transaction. */
	@Transactional(readOnly = true)
	public <T> List<T> list(Function<Section, T> view) {
		return sections.findAllByOrderByPositionAsc().stream().map(view).toList();
	}

	/** One section as a view; 404 when there is none. */
	@Transactional(readOnly = true)
	public <T> T read(long id, Function<Section, T> view) {
		return view.apply(find(id));
	}

	/**
	 * A new section, last in the order.
	 * @return its id, or empty when a section of the same address exists
	 */
	public Optional<Long> create(String name, String description, String actor, @Nullable String ip) {
		String slug = Slugs.slugify(name);
		if (sections.findBySlug(slug).isPresent()) {
			return Optional.empty();
		}
		Section section = sections
			.save(new Section(slug, name, description, sections.findAllByOrderByPositionAsc().size()));
		audit.record(actor, ip, "SECTION_CREATED", "section", String.valueOf(section.getId()),
				"Rubrique créée : « " + section.getName() + " »", null, section.getName());
		return Optional.of(section.getId());
	}

	/** Whether a form opened at {@code version} may be saved over the section. */
	@Transactional(readOnly = true)
	public boolean isCurrent(long id, @Nullable Long version) {
		return version == null || version == find(id).getVersion();
	}

	/**
	 * Saves the form opened at {@code version}; false, and nothing changed, when the
	 * section changed since.
	 */
	public boolean update(long id, @Nullable Long version, String name, String description, String actor,
			@Nullable String ip) {
		Section section = find(id);
		if (version != null && version != section.getVersion()) {
			return false;
		}
		String before = section.getName() + "\n" + section.getDescription();
		section.edit(name, description);
		audit.record(actor, ip, "SECTION_UPDATED", "section", String.valueOf(id),
				"Rubrique modifiée : « " + section.getName() + " »", before,
				section.getName() + "\n" + section.getDescription());
		return true;
	}

	/** Moves the section one place up or down. */
	public void move(long id, String direction, String actor, @Nullable String ip) {
		if (Ordering.move(sections.findAllByOrderByPositionAsc(), find(id), direction, 0, Section::moveTo)) {
			audit.record(actor, ip, "SECTION_REORDERED", "section", String.valueOf(id), "Ordre des rubriques modifié",
					null, null);
		}
	}

	private Section find(long id) {
		return sections.findById(id).orElseThrow(() -> new NotFoundException("section " + id));
	}

}
