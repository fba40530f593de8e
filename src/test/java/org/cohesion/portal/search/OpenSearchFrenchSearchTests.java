package org.cohesion.portal.search;

import org.cohesion.portal.testing.OpenSearchNode;
import org.cohesion.portal.testing.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every query of {@link FrenchSearchTests}, with the same expected articles, against a
 * real OpenSearch node ({@code portal.search.backend=opensearch}, outbox-polling
 * coordination): accents, plurals, elisions (« l’État »), the short words of French,
 * typos, phrases, highlighting, counts and suggestions come out the same as on Lucene. It
 * runs in the PostgreSQL execution only (the production pairing, and one OpenSearch start
 * per build instead of two: the engine's answers do not depend on the database).
 */
@EnabledIfSystemProperty(named = TestDatabase.MODE_PROPERTY, matches = "postgresql")
@ExtendWith(OpenSearchNode.Available.class)
class OpenSearchFrenchSearchTests extends FrenchSearchTests {

	@DynamicPropertySource
	static void openSearch(DynamicPropertyRegistry registry) {
		OpenSearchNode.configure(registry);
	}

}
