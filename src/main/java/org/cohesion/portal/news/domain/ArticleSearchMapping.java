package org.cohesion.portal.news.domain;

import org.cohesion.portal.indexing.SearchFields;
import org.cohesion.portal.indexing.SearchMappingContribution;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;
import org.springframework.stereotype.Component;

/**
 * How an article appears in the search index. Only articles in state PUBLISHED are in the
 * index at all (an unpublished or archived one is removed as soon as its transaction
 * commits); a scheduled one is in it with its future date, which the search module's
 * query leaves out until the time has come.
 * <p>
 * A section renamed after an article was indexed shows its old name in results until the
 * next rebuild of the index ({@code /admin/recherche}): following every section change
 * into every article would cost more than a rename is worth.
 */
@Component
class ArticleSearchMapping implements SearchMappingContribution {

	@Override
	public void contribute(ProgrammaticMappingConfigurationContext mapping) {
		TypeMappingStep article = mapping.type(Article.class);
		article.indexed().index("article").routingBinder(new PublishedOnly());
		SearchFields.type(article, "article");
		SearchFields.title(article.property("title"));
		SearchFields.text(article.property("standfirst"), SearchFields.SUMMARY);
		SearchFields.richText(article.property("body"), SearchFields.BODY);
		SearchFields.path(article.property("slug"), "/actualites/");
		SearchFields.publishedAt(article.property("publishedAt"));
		article.property("section")
			.binder(new SectionFields())
			.indexingDependency()
			.reindexOnUpdate(ReindexOnUpdate.SHALLOW);
	}

	static final class PublishedOnly implements RoutingBinder {

		@Override
		public void bind(RoutingBindingContext context) {
			context.dependencies().use("status");
			context.bridge(Article.class, new RoutingBridge<Article>() {

				@Override
				public void route(DocumentRoutes routes, Object id, Article article,
						RoutingBridgeRouteContext routeContext) {
					if (article.getStatus() == ArticleStatus.PUBLISHED) {
						routes.addRoute();
					}
					else {
						routes.notIndexed();
					}
				}

				@Override
				public void previousRoutes(DocumentRoutes routes, Object id, Article article,
						RoutingBridgeRouteContext routeContext) {
					routes.addRoute();
				}

			});
		}

	}

	/**
	 * The section's slug (to filter on), its {@link SearchFields#code(String) code} (to
	 * count by) and its name (to show).
	 */
	static final class SectionFields implements PropertyBinder {

		@Override
		public void bind(PropertyBindingContext context) {
			context.dependencies().use("slug").use("name");
			IndexFieldReference<String> slug = context.indexSchemaElement()
				.field(SearchFields.SECTION,
						f -> f.asString()
							.projectable(Projectable.YES)
							.aggregable(Aggregable.YES)
							.searchable(Searchable.YES)
							.sortable(Sortable.NO))
				.toReference();
			IndexFieldReference<Long> code = context.indexSchemaElement()
				.field(SearchFields.SECTION_CODE,
						f -> f.asLong()
							.projectable(Projectable.NO)
							.aggregable(Aggregable.YES)
							.searchable(Searchable.NO)
							.sortable(Sortable.NO))
				.toReference();
			IndexFieldReference<String> name = context.indexSchemaElement()
				.field(SearchFields.SECTION_NAME,
						f -> f.asString()
							.projectable(Projectable.YES)
							.aggregable(Aggregable.NO)
							.searchable(Searchable.NO)
							.sortable(Sortable.NO))
				.toReference();
			context.bridge(Section.class, (PropertyBridge<Section>) (document, section, bridgeContext) -> {
				if (section != null) {
					document.addValue(slug, section.getSlug());
					document.addValue(code, SearchFields.code(section.getSlug()));
					document.addValue(name, section.getName());
				}
			});
		}

	}

}
