/**
 * Casework cryptography on Google Tink: an AEAD keyset for identity fields and files
 * (ciphertext bound to its table, column and row), a PRF keyset for blind indexes and a
 * MAC keyset for the audit chain. Keys come from the environment or a key file, never
 * from the database; the canary check stops a node that holds the wrong keys.
 */
@NullMarked
package org.cohesion.portal.casework.crypto;

import org.jspecify.annotations.NullMarked;
