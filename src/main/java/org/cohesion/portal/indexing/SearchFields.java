package org.cohesion.portal.indexing;

import org.cohesion.portal.shared.RichText;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.PropertyMappingStep;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.jspecify.annotations.Nullable;

/**
 * The one vocabulary of the search index. Each module maps its own entities (in its own
 * package, see {@link SearchMappingContribution}) onto these field names with these
 * helpers, so that every index declares the same fields the same way and the search
 * module can query all of them at once, by field name, without knowing their classes.
 * <p>
 * Only what the public may find is indexed, or is filtered at query time: a document's
 * {@link #PUBLISHED_AT} must be in the past for it to be found.
 */
public final class SearchFields {

	/**
	 * Kind of content: {@code article}, {@code flash}, {@code page}, {@code gallery}.
	 */
	public static final String TYPE = "type";

	public static final String TITLE = "title";

	/** The title analysed for completion (prefixes of words), for suggestions. */
	public static final String TITLE_PREFIX = "title_prefix";

	/** Standfirst, page summary, flash label. */
	public static final String SUMMARY = "summary";

	/** Body as plain text (no HTML). */
	public static final String BODY = "body";

	/** Public address of the document, relative to the site ({@code /actualites/…}). */
	public static final String PATH = "path";

	/**
	 * {@link #code(String) Code} of the {@link #TYPE}, a number, for counting documents
	 * by type cheaply (range aggregations on numbers cost far less than terms
	 * aggregations on strings); written by {@link #type(TypeMappingStep, String)}.
	 */
	public static final String TYPE_CODE = "typeCode";

	/** Section slug (articles only). */
	public static final String SECTION = "section";

	/**
	 * {@link #code(String) Code} of the {@link #SECTION} slug (articles only), for
	 * counting by section cheaply, as {@link #TYPE_CODE}.
	 */
	public static final String SECTION_CODE = "sectionCode";

	/** Section name as readers see it (articles only). */
	public static final String SECTION_NAME = "sectionName";

	/**
	 * When the public may see it; documents dated in the future are never found
	 * (scheduled publication).
	 */
	public static final String PUBLISHED_AT = "publishedAt";

	/** Analyzer names, defined by the search module's analysis configuration. */
	public static final String FRENCH = "french";

	public static final String FRENCH_PREFIX = "french_prefix";

	/**
	 * Lower-cased, elided, folded, not stemmed: for tolerating typos and for prefixes.
	 */
	public static final String FRENCH_EXACT = "french_exact";

	/**
	 * Suffix of the unstemmed twin of each full-text field ({@code title_exact}…): typos
	 * are measured against the words as written, since stemming a misspelt word gives a
	 * different stem.
	 */
	public static final String EXACT = "_exact";

	private SearchFields() {
	}

	/**
	 * A number for a {@link #TYPE} or {@link #SECTION} value, stored in
	 * {@link #TYPE_CODE} and {@link #SECTION_CODE}: 63 bits of the 64-bit FNV-1a hash of
	 * its characters, the same on every JVM. The searcher counts documents by value with
	 * one range {@code [code, code + 1)} per value it knows, and falls back to counting
	 * the strings if two values it knows ever share a code.
	 */
	public static long code(String value) {
		long hash = 0xcbf29ce484222325L;
		for (int i = 0; i < value.length(); i++) {
			hash ^= value.charAt(i);
			hash *= 0x100000001b3L;
		}
		return hash >>> 1;
	}

	/**
	 * Adds the constant {@link #TYPE} field (and its {@link #TYPE_CODE}) to every
	 * document of this entity.
	 */
	public static void type(TypeMappingStep entity, String type) {
		entity.binder(new ConstantType(type, null));
	}

	/**
	 * Adds the constant {@link #TYPE} field and a constant {@link #PATH} (for content
	 * that has no page of its own, such as flash infos shown in their archive).
	 */
	public static void type(TypeMappingStep entity, String type, String path) {
		entity.binder(new ConstantType(type, path));
	}

	/** {@link #TITLE} and {@link #TITLE_PREFIX} from this property. */
	public static void title(PropertyMappingStep property) {
		text(property, TITLE);
		property.fullTextField(TITLE_PREFIX)
			.analyzer(FRENCH_PREFIX)
			.searchAnalyzer(FRENCH_EXACT)
			.projectable(Projectable.NO)
			.norms(org.hibernate.search.engine.backend.types.Norms.NO);
	}

	/** A French full-text field that can be shown and highlighted. */
	public static void text(PropertyMappingStep property, String field) {
		property.fullTextField(field)
			.analyzer(FRENCH)
			.projectable(Projectable.YES)
			.highlightable(java.util.List.of(Highlightable.PLAIN));
		property.fullTextField(field + EXACT).analyzer(FRENCH_EXACT).projectable(Projectable.NO);
	}

	/**
	 * A French full-text field from rich text: indexed as plain text, without HTML. Its
	 * excerpts come from the unified highlighter, which reads the matched words' offsets
	 * from the term vectors stored here instead of analysing the whole text of every hit
	 * again (as the plain highlighter does: a third of a results page's time).
	 */
	public static void richText(PropertyMappingStep property, String field) {
		property.fullTextField(field)
			.analyzer(FRENCH)
			.projectable(Projectable.YES)
			.highlightable(java.util.List.of(Highlightable.UNIFIED))
			.termVector(TermVector.WITH_POSITIONS_OFFSETS)
			.valueBridge(new PlainText());
		property.fullTextField(field + EXACT)
			.analyzer(FRENCH_EXACT)
			.projectable(Projectable.NO)
			.valueBridge(new PlainText());
	}

	/** A keyword that can be filtered on, counted and shown. */
	public static void keyword(PropertyMappingStep property, String field) {
		property.keywordField(field)
			.projectable(Projectable.YES)
			.aggregable(Aggregable.YES)
			.searchable(Searchable.YES)
			.sortable(Sortable.NO);
	}

	/** {@link #PATH}: {@code prefix} followed by the property's value (a slug). */
	public static void path(PropertyMappingStep property, String prefix) {
		property.keywordField(PATH)
			.projectable(Projectable.YES)
			.searchable(Searchable.NO)
			.aggregable(Aggregable.NO)
			.sortable(Sortable.NO)
			.valueBridge(new Prefixed(prefix));
	}

	/** {@link #PUBLISHED_AT} from an {@code Instant} property. */
	public static void publishedAt(PropertyMappingStep property) {
		property.genericField(PUBLISHED_AT)
			.projectable(Projectable.YES)
			.searchable(Searchable.YES)
			.sortable(Sortable.YES)
			.aggregable(Aggregable.YES);
	}

	static final class ConstantType implements TypeBinder {

		private final String type;

		private final @Nullable String path;

		ConstantType(String type, @Nullable String path) {
			this.type = type;
			this.path = path;
		}

		@Override
		public void bind(TypeBindingContext context) {
			context.dependencies().useRootOnly();
			IndexFieldReference<String> field = context.indexSchemaElement()
				.field(TYPE,
						f -> f.asString()
							.projectable(Projectable.YES)
							.aggregable(Aggregable.YES)
							.searchable(Searchable.YES)
							.sortable(Sortable.NO))
				.toReference();
			IndexFieldReference<Long> codeField = context.indexSchemaElement()
				.field(TYPE_CODE,
						f -> f.asLong()
							.projectable(Projectable.NO)
							.aggregable(Aggregable.YES)
							.searchable(Searchable.NO)
							.sortable(Sortable.NO))
				.toReference();
			long code = code(type);
			IndexFieldReference<String> pathField = path == null ? null
					: context.indexSchemaElement()
						.field(PATH,
								f -> f.asString()
									.projectable(Projectable.YES)
									.aggregable(Aggregable.NO)
									.searchable(Searchable.NO)
									.sortable(Sortable.NO))
						.toReference();
			context.bridge(Object.class, (TypeBridge<Object>) (document, entity, ctx) -> {
				document.addValue(field, type);
				document.addValue(codeField, code);
				if (pathField != null) {
					document.addValue(pathField, path);
				}
			});
		}

	}

	static final class PlainText implements ValueBridge<String, String> {

		@Override
		public String toIndexedValue(String html, ValueBridgeToIndexedValueContext context) {
			return html == null ? null : RichText.plainTextByBlock(html);
		}

		@Override
		public boolean isCompatibleWith(ValueBridge<?, ?> other) {
			return other instanceof PlainText;
		}

	}

	static final class Prefixed implements ValueBridge<String, String> {

		private final String prefix;

		Prefixed(String prefix) {
			this.prefix = prefix;
		}

		@Override
		public String toIndexedValue(String value, ValueBridgeToIndexedValueContext context) {
			return value == null ? null : prefix + value;
		}

		@Override
		public boolean isCompatibleWith(ValueBridge<?, ?> other) {
			return other instanceof Prefixed;
		}

	}

}
