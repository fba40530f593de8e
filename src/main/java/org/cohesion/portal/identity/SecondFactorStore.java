package org.cohesion.portal.identity;

import java.util.List;
import java.util.Optional;

/**
 * The port a user store implements so that {@link SecondFactorCheck} can enrol and check
 * second factors of its users without knowing its entities or its database. Every method
 * runs inside the caller's transaction (on the store's own transaction manager).
 */
public interface SecondFactorStore {

	/**
	 * Short name of the store ({@code accounts}, {@code casework}): part of the context a
	 * secret is sealed to, so a sealed secret cannot move between stores.
	 */
	String name();

	/** The sealed TOTP secret, if a second factor is enrolled. */
	Optional<String> sealedTotpSecret(long userId);

	void saveSealedTotpSecret(long userId, String sealed);

	/**
	 * Records a TOTP time step as used; false if it (or a later one) was used already, so
	 * a code is never accepted twice.
	 */
	boolean useTotpStep(long userId, long step);

	List<RecoveryCodes.Stored> unusedRecoveryCodes(long userId);

	void useRecoveryCode(long userId, long codeId);

	/** Deletes the user's recovery codes and stores these hashes instead. */
	void replaceRecoveryCodes(long userId, List<String> hashes);

}
