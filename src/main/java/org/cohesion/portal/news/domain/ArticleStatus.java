package org.cohesion.portal.news.domain;

/**
 * Where an article stands in the editorial workflow. Only {@link #PUBLISHED} articles are
 * public.
 */
public enum ArticleStatus {

	DRAFT, SUBMITTED, PUBLISHED, UNPUBLISHED, ARCHIVED

}
