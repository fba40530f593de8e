/**
 * Transfer of responsibility of a case to another case worker, of the same cell or of
 * another one: asked by the owner or a supervisor with a reason, accepted or declined by
 * the receiver (or a supervisor of the receiving cell); the history is kept.
 */
@NullMarked
package org.cohesion.portal.casework.transfer;

import org.jspecify.annotations.NullMarked;
