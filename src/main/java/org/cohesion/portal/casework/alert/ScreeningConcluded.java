package org.cohesion.portal.casework.alert;

import java.time.Instant;

/**
 * An identification interview has concluded that the person is a presumed or an
 * identified victim: the case file opens on it (published inside the casework
 * transaction, so the file and the outcome commit or fail together). A "not a victim"
 * outcome publishes nothing: the person is oriented elsewhere and no case file opens.
 *
 * @param screeningRef the interview's random reference
 * @param alertRef the alert it came from
 * @param personId the person record it concerns
 * @param actual whether the status is certified (HTCDS {@code ActualVictimOfTrafficking})
 * or presumed ({@code PossibleVictimOfTrafficking})
 * @param child whether the person was under 18 at identification
 * @param sexualExploitation whether sexual exploitation is among the purposes (the name
 * is then hidden by default, as for a child)
 * @param caseWorkerId the case worker who conducted the interview (the case file's owner)
 * @param organisationId the cell (or the DLTP) that holds the case
 * @param concludedAt when
 */
public record ScreeningConcluded(String screeningRef, String alertRef, long personId, boolean actual, boolean child,
		boolean sexualExploitation, long caseWorkerId, long organisationId, Instant concludedAt) {

}
