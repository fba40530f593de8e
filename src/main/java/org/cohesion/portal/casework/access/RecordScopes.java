package org.cohesion.portal.casework.access;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Finds the scope of a record from its code, across the kinds of record (today the
 * person; cases come next). Implemented by the record modules.
 */
public interface RecordScopes {

	/** The record's scope, or null if no record has this code. */
	@Nullable RecordScope find(String code);

	/** The kind of record for the audit ({@code person}). */
	String type(String code);

	/** Where the record is read. */
	String path(String code);

	/** Several kinds of record: the first that knows the code answers. */
	static RecordScopes of(List<RecordScopes> kinds) {
		return new RecordScopes() {
			@Override
			public @Nullable RecordScope find(String code) {
				return kinds.stream()
					.map(kind -> kind.find(code))
					.filter(java.util.Objects::nonNull)
					.findFirst()
					.orElse(null);
			}

			@Override
			public String type(String code) {
				return kinds.stream()
					.filter(kind -> kind.find(code) != null)
					.map(kind -> kind.type(code))
					.findFirst()
					.orElse("record");
			}

			@Override
			public String path(String code) {
				return kinds.stream()
					.filter(kind -> kind.find(code) != null)
					.map(kind -> kind.path(code))
					.findFirst()
					.orElse("/mnr");
			}
		};
	}

}
