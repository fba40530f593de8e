package org.cohesion.portal.media.domain;

import org.cohesion.portal.indexing.SearchFields;
import org.cohesion.portal.indexing.SearchMappingContribution;
import org.hibernate.Session;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.hibernate.search.mapper.pojo.model.path.PojoModelPath;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;
import org.springframework.stereotype.Component;

/**
 * How a gallery appears in the search index: its title, its description as the summary,
 * the captions of its images as the body, its page {@code /galeries/{slug}} and a
 * publication instant derived from its date ({@link Gallery#getPublishedAt()}).
 * <p>
 * A gallery is in the index only while at least one of its images can be shown publicly
 * (an image, processed, with its text alternative), the same rule as its public page, so
 * that search never leads to a page that does not exist. The images are media items
 * referenced by id, so the routing looks them up when the gallery is indexed; a change to
 * an item alone (alt text written or removed, processing finished) does not touch the
 * gallery's row, so {@link GalleryIndexing} re-indexes the galleries that show the item.
 */
@Component
class GallerySearchMapping implements SearchMappingContribution {

	@Override
	public void contribute(ProgrammaticMappingConfigurationContext mapping) {
		TypeMappingStep gallery = mapping.type(Gallery.class);
		gallery.indexed().index("gallery").routingBinder(new ShowableOnly());
		SearchFields.type(gallery, "gallery");
		SearchFields.title(gallery.property("title"));
		SearchFields.text(gallery.property("description"), SearchFields.SUMMARY);
		SearchFields.richText(gallery.property("captionText"), SearchFields.BODY);
		gallery.property("captionText").indexingDependency().derivedFrom(PojoModelPath.parse("images.caption"));
		SearchFields.path(gallery.property("slug"), "/galeries/");
		SearchFields.publishedAt(gallery.property("publishedAt"));
		gallery.property("publishedAt")
			.indexingDependency()
			.derivedFrom(PojoModelPath.parse("date"))
			.derivedFrom(PojoModelPath.parse("createdAt"));
	}

	/** True if at least one of the gallery's images can appear on a public page. */
	static boolean showable(Gallery gallery, Session session) {
		for (GalleryImage image : gallery.getImages()) {
			MediaItem item = session.find(MediaItem.class, image.getMediaId());
			if (item != null && item.getKind() == MediaKind.IMAGE && item.isPublishable()) {
				return true;
			}
		}
		return false;
	}

	static final class ShowableOnly implements RoutingBinder {

		@Override
		public void bind(RoutingBindingContext context) {
			context.dependencies().use("images.mediaId");
			context.bridge(Gallery.class, new RoutingBridge<Gallery>() {

				@Override
				public void route(DocumentRoutes routes, Object id, Gallery gallery,
						RoutingBridgeRouteContext routeContext) {
					Session session = routeContext.extension(HibernateOrmExtension.get()).session();
					if (showable(gallery, session)) {
						routes.addRoute();
					}
					else {
						routes.notIndexed();
					}
				}

				@Override
				public void previousRoutes(DocumentRoutes routes, Object id, Gallery gallery,
						RoutingBridgeRouteContext routeContext) {
					routes.addRoute();
				}

			});
		}

	}

}
