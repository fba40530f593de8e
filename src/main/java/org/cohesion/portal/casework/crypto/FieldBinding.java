package org.cohesion.portal.casework.crypto;

import java.nio.charset.StandardCharsets;

/**
 * What a ciphertext belongs to: table, column and row (a stable reference of the row, not
 * its value). Passed to the AEAD as associated data, so that a ciphertext copied to
 * another row or column (by someone with write access to the database) fails to decrypt
 * instead of showing one person's name on another's record.
 */
public record FieldBinding(String table, String column, String row) {

	public FieldBinding {
		if (table.isBlank() || column.isBlank() || row.isBlank()) {
			throw new IllegalArgumentException("a field binding names a table, a column and a row");
		}
	}

	byte[] associatedData() {
		return ("mnr:v1\u0000" + table + "\u0000" + column + "\u0000" + row).getBytes(StandardCharsets.UTF_8);
	}

}
