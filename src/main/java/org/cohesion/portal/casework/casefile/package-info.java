/**
 * The case file of a presumed or identified victim: opened when a screening concludes,
 * with its status, owner, cell, timeline, immediate needs, risk assessment, child
 * protection, notes, attachments and perpetrator information; free texts and files
 * encrypted; every read through the access policy and the audit.
 */
@NullMarked
package org.cohesion.portal.casework.casefile;

import org.jspecify.annotations.NullMarked;
