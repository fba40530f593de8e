/**
 * Socio-economic reintegration of a case: dated statuses of its dimensions (schooling,
 * vocational training, income-generating activity, family situation, housing) with
 * encrypted notes, the risk re-assessed (the case file's own assessment, its history from
 * the timeline), and the steps of a return or repatriation when one is chosen. The case
 * is read through {@code CaseFiles}' published methods; every read and change is audited
 * and every change is on the case's timeline.
 */
@NullMarked
package org.cohesion.portal.casework.reintegration;

import org.jspecify.annotations.NullMarked;
