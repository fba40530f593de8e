package org.cohesion.portal.news.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A section's name and description in one language. */
@Embeddable
public record SectionName(@Column(name = "name", nullable = false, length = 120) String name,
		@Column(name = "description", nullable = false, length = 500) String description) {
}
