package org.cohesion.portal.site.web;

import java.util.List;

import org.cohesion.portal.news.ArticleSummary;
import org.cohesion.portal.news.SectionView;
import org.jspecify.annotations.Nullable;

/** The home page: the lead article, the latest ones and the sections. */
public record HomePage(@Nullable ArticleSummary lead, List<ArticleSummary> latest, List<SectionView> sections) {
}
