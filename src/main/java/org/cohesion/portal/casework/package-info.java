/**
 * The national referral mechanism (MNR) for victims of trafficking: its own database,
 * accounts, sign-in and pages under {@code /mnr}, apart from the portal. The root package
 * holds what every casework sub-package uses: {@link CaseworkTransactional},
 * {@link Caseworker} and {@link Caseworkers}, {@link Reauthentication}.
 */
@NullMarked
package org.cohesion.portal.casework;

import org.jspecify.annotations.NullMarked;
