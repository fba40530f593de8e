package org.cohesion.portal.media.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Rewrites an accepted PDF so that nothing active survives, wherever it hides: every
 * object reachable from the trailer is visited (catalogue, pages, annotations, form
 * fields and their widgets, outline items, name trees…), and
 * <ul>
 * <li>additional actions ({@code /AA}), the open action, JavaScript ({@code /JS}, the
 * {@code /JavaScript} name tree), XFA forms, embedded and attached files ({@code /EF},
 * {@code /EmbeddedFiles}) and portfolios are removed;</li>
 * <li>an action ({@code /A}) is kept only if it goes to a page of the document, runs a
 * named navigation, or opens an {@code http}, {@code https} or {@code mailto} link, and
 * it loses any chained {@code /Next} action; others (JavaScript, Launch, SubmitForm,
 * ImportData, GoToR, GoToE, Rendition…) are removed;</li>
 * <li>annotations that carry or play files (file attachment, rich media, screen, movie,
 * sound, 3D) are removed.</li>
 * </ul>
 * The file is then saved anew (without encryption): objects that nothing references, and
 * bytes after the end of the file, are not written. What is stored and served is this
 * copy.
 */
final class PdfSanitizer {

	private static final Set<COSName> ACTIVE_KEYS = Set.of(COSName.AA, COSName.OPEN_ACTION, COSName.JS,
			COSName.JAVA_SCRIPT, COSName.EMBEDDED_FILES, COSName.XFA, COSName.EF, COSName.getPDFName("RF"),
			COSName.getPDFName("RichMediaContent"), COSName.getPDFName("Collection"));

	private static final Set<String> ACTIVE_ANNOTATIONS = Set.of("FileAttachment", "RichMedia", "Screen", "Movie",
			"Sound", "3D");

	private static final Set<String> KEPT_ACTIONS = Set.of("GoTo", "Named", "URI");

	private PdfSanitizer() {
	}

	/**
	 * Writes {@code source} without its active content to {@code target}.
	 * @return how many active parts were removed (0: none was found)
	 */
	static int rewrite(Path source, Path target) throws IOException {
		try (PDDocument document = Loader.loadPDF(source.toFile())) {
			int removed = clean(document.getDocument().getTrailer());
			document.setAllSecurityToBeRemoved(true);
			document.save(target.toFile());
			return removed;
		}
	}

	/** Visits every object reachable from {@code root} once, without recursion. */
	static int clean(COSDictionary root) {
		Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<COSBase> pending = new ArrayDeque<>();
		pending.push(root);
		int removed = 0;
		while (!pending.isEmpty()) {
			COSBase base = pending.pop();
			if (base instanceof COSObject reference) {
				base = reference.getObject();
			}
			if (base == null || !seen.add(base)) {
				continue;
			}
			if (base instanceof COSDictionary dictionary) {
				removed += cleanDictionary(dictionary);
				dictionary.getValues().forEach(pending::push);
			}
			else if (base instanceof COSArray array) {
				array.forEach(pending::push);
			}
		}
		return removed;
	}

	private static int cleanDictionary(COSDictionary dictionary) {
		int removed = 0;
		for (COSName key : ACTIVE_KEYS) {
			if (dictionary.containsKey(key)) {
				dictionary.removeItem(key);
				removed++;
			}
		}
		if (dictionary.getDictionaryObject(COSName.A) instanceof COSDictionary action
				&& action.containsKey(COSName.S)) {
			if (kept(action)) {
				if (action.containsKey(COSName.NEXT)) {
					action.removeItem(COSName.NEXT);
					removed++;
				}
			}
			else {
				dictionary.removeItem(COSName.A);
				removed++;
			}
		}
		if (dictionary.getDictionaryObject(COSName.ANNOTS) instanceof COSArray annotations) {
			List<COSBase> active = new ArrayList<>();
			for (COSBase entry : annotations) {
				COSBase annotation = entry instanceof COSObject reference ? reference.getObject() : entry;
				if (annotation instanceof COSDictionary annotationDictionary
						&& ACTIVE_ANNOTATIONS.contains(annotationDictionary.getNameAsString(COSName.SUBTYPE))) {
					active.add(entry);
				}
			}
			annotations.removeAll(active);
			removed += active.size();
		}
		return removed;
	}

	private static boolean kept(COSDictionary action) {
		String type = action.getNameAsString(COSName.S);
		if (type == null || !KEPT_ACTIONS.contains(type)) {
			return false;
		}
		if (!"URI".equals(type)) {
			return true;
		}
		if (!(action.getDictionaryObject(COSName.URI) instanceof COSString uri)) {
			return false;
		}
		String address = uri.getString().strip().toLowerCase(Locale.ROOT);
		return address.startsWith("https://") || address.startsWith("http://") || address.startsWith("mailto:");
	}

}
