/**
 * The assistance plan of a case (HTCDS {@code spl_}): actions with an objective, a type,
 * a responsible organisation and planned and actual end dates; and follow-ups with due
 * dates, the overdue lists of a worker and of a cell, and a reminder when one becomes
 * overdue.
 */
@NullMarked
package org.cohesion.portal.casework.plan;

import org.jspecify.annotations.NullMarked;
