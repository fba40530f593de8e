package org.cohesion.portal.casework.alert;

import org.cohesion.portal.casework.CaseworkTransactional;
import org.cohesion.portal.casework.person.PersonsMerged;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Two records of one person were merged: the interviews linked to the merged record now
 * point to the survivor (inside the merge's casework transaction).
 */
@Component
class InterviewsFollowMerges {

	private final JdbcTemplate jdbc;

	InterviewsFollowMerges(@Qualifier("caseworkJdbcTemplate") JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	@CaseworkTransactional
	public void personsMerged(PersonsMerged merged) {
		jdbc.update("update mnr_screening set person_id = ? where person_id = ?", merged.survivorId(),
				merged.mergedId());
	}

}
