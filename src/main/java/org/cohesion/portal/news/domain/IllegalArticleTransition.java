package org.cohesion.portal.news.domain;

/** An editorial action that the article's current state does not allow. */
public class IllegalArticleTransition extends IllegalStateException {

	private final ArticleStatus from;

	private final ArticleStatus to;

	public IllegalArticleTransition(ArticleStatus from, ArticleStatus to) {
		super("Cannot go from " + from + " to " + to);
		this.from = from;
		this.to = to;
	}

	public ArticleStatus from() {
		return from;
	}

	public ArticleStatus to() {
		return to;
	}

}
