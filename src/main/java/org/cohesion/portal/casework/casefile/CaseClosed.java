package org.cohesion.portal.casework.casefile;

import org.cohesion.portal.casework.Caseworker;

/**
 * A case was closed on a supervisor's approval. Published in the closing transaction, so
 * that what must end with the case (a transfer still awaiting an answer) ends in it too.
 *
 * @param caseId the case
 * @param caseCode its code
 * @param by the supervisor who approved
 */
public record CaseClosed(long caseId, String caseCode, Caseworker by) {
}
