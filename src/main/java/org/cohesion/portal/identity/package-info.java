/**
 * The sign-in core shared by every user store (the portal's editorial accounts, the
 * casework users in their own database): password rules ({@link PasswordPolicy}),
 * one-time codes ({@link Totp}), recovery codes hashed with the password encoder
 * ({@link RecoveryCodes}), second-factor secrets sealed with an AEAD key held outside the
 * database ({@link SecretSealer}), the second-factor check over a store's port
 * ({@link SecondFactorCheck}, {@link SecondFactorStore}) and the attempt throttle
 * ({@link SignInThrottle}). Nothing here knows an entity of any user store.
 */
@NullMarked
package org.cohesion.portal.identity;

import org.jspecify.annotations.NullMarked;
