package org.cohesion.portal.accounts;

import java.util.Optional;

/**
 * Members of the editorial team by address, for other modules that must name one outside
 * a request (demo content attributed to its demo writer, imports).
 */
public interface EditorDirectory {

	Optional<CurrentEditor> findByEmail(String email);

}
