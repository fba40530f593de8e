/**
 * The ministry's platform: public news portal, editorial back office and, later, the
 * confidential case-management module. One top-level package per capability, verified by
 * {@code ModularityTests}.
 */
@NullMarked
package org.cohesion.portal;

import org.jspecify.annotations.NullMarked;
