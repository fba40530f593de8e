package org.cohesion.portal.casework.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** What the print page shows and takes in. */
public final class DossierViews {

	private DossierViews() {
	}

	/**
	 * The printer's choices: the parts, the notes (by reference), whether a hidden name
	 * is shown, and to whom and why the file goes.
	 */
	public record PrintForm(@Nullable List<String> parts, @Nullable List<String> notes, @Nullable Boolean showName,
			@Nullable String purpose) {

		public static PrintForm empty() {
			return new PrintForm(List.of(), List.of(), false, "");
		}

		/** Whether the printer ticked "show the hidden name" (absent: no). */
		public boolean nameWanted() {
			return Boolean.TRUE.equals(showName);
		}

		public List<String> partList() {
			return parts == null ? List.of() : parts;
		}

		public List<String> noteList() {
			return notes == null ? List.of() : notes;
		}

		public String purposeText() {
			return purpose == null ? "" : purpose;
		}

	}

	/** A note the printer may tick: its date, author and first words. */
	public record NoteChoice(String ref, Instant at, String author, String excerpt) {
	}

	/**
	 * The print page: the case, the parts on offer, its notes, whether its name is hidden
	 * by default (a child, sexual exploitation), the form as typed and its errors.
	 */
	public record Page(String code, List<DossierPart> parts, List<NoteChoice> notes, boolean nameProtected,
			PrintForm form, Map<String, String> errors) {

		public boolean chosen(DossierPart part) {
			return form.partList().contains(part.name());
		}

		public boolean noteChosen(String ref) {
			return form.noteList().contains(ref);
		}

	}

	/** The PDF: a neutral file name (no name, no case code) and its bytes. */
	public record Printed(String fileName, String printRef, byte[] content) {
	}

}
