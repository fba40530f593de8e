/**
 * The directory of services (annuaire des prestataires): which organisation gives which
 * service, in which regions, to whom, with how many places free. Kept by the MNR
 * administrator; each provider updates its own capacity. Nothing here is about a victim.
 */
@NullMarked
package org.cohesion.portal.casework.directory;

import org.jspecify.annotations.NullMarked;
