package org.cohesion.portal.flash.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Translations are changed through their item; this only reads them. */
public interface FlashItemTranslationRepository extends JpaRepository<FlashItemTranslation, Long> {

	@Query("select t from FlashItemTranslation t where t.language = :language and t.item.id in :itemIds")
	List<FlashItemTranslation> findByLanguageAndItemIds(String language, Collection<Long> itemIds);

}
