package org.cohesion.portal.casework.crypto;

import java.util.List;

/**
 * A table whose columns hold ciphertexts bound with {@code FieldBinding(table, column,
 * <refColumn's value>)}. Each module that stores ciphertexts declares its tables as
 * beans, and the re-encryption job walks them after a key rotation.
 */
public record EncryptedTable(String table, String refColumn, List<String> columns) {

	public EncryptedTable {
		columns = List.copyOf(columns);
		for (String name : columns) {
			if (!name.matches("[a-z_]+")) {
				throw new IllegalArgumentException("not a column name: " + name);
			}
		}
		if (!table.matches("[a-z_]+") || !refColumn.matches("[a-z_]+")) {
			throw new IllegalArgumentException("not a table or column name");
		}
	}

}
