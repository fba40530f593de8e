/**
 * The case file for the prosecutor: a PDF of the parts of one case its owner or a
 * supervisor of its cell chooses, each page watermarked with who printed it, when, and a
 * print reference; the print audited (never the values) and kept on the case's timeline.
 */
@NullMarked
package org.cohesion.portal.casework.dossier;

import org.jspecify.annotations.NullMarked;
