/**
 * Alerts (signalements) from the field and the identification interviews that screen
 * them: an alert is routed at once to the competent cell's queue; a case worker takes it,
 * records the HTCDS indicators, links the person record and concludes. A presumed or
 * identified victim publishes {@link ScreeningConcluded}, on which the case file opens.
 */
@NullMarked
package org.cohesion.portal.casework.alert;

import org.jspecify.annotations.NullMarked;
