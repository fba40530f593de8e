package org.cohesion.portal.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.cohesion.portal.accounts.EditorialRole;
import org.cohesion.portal.accounts.domain.UserAccount;
import org.cohesion.portal.accounts.domain.UserAccountRepository;
import org.cohesion.portal.accounts.internal.AccountPrincipal;
import org.cohesion.portal.accounts.internal.PermissionCatalogue;
import org.cohesion.portal.flash.domain.FlashItem;
import org.cohesion.portal.flash.domain.FlashItemRepository;
import org.cohesion.portal.news.domain.Article;
import org.cohesion.portal.news.domain.ArticleRepository;
import org.cohesion.portal.news.domain.Section;
import org.cohesion.portal.news.domain.SectionRepository;
import org.cohesion.portal.site.domain.Page;
import org.cohesion.portal.site.domain.PageRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test data through the real repositories and aggregates. Each test class starts from
 * {@link #reset()}, so that what a page shows is exactly what the test wrote.
 */
@TestComponent
public class Fixtures {

	private final SectionRepository sections;

	private final ArticleRepository articles;

	private final FlashItemRepository flashItems;

	private final PageRepository pages;

	private final TransactionTemplate transactions;

	private final UserAccountRepository users;

	private final Clock clock;

	private final PermissionCatalogue permissions;

	Fixtures(SectionRepository sections, ArticleRepository articles, FlashItemRepository flashItems,
			PageRepository pages, UserAccountRepository users, TransactionTemplate transactions, Clock clock,
			PermissionCatalogue permissions) {
		this.permissions = permissions;
		this.users = users;
		this.sections = sections;
		this.articles = articles;
		this.flashItems = flashItems;
		this.pages = pages;
		this.transactions = transactions;
		this.clock = clock;
	}

	public void reset() {
		transactions.executeWithoutResult(status -> {
			flashItems.deleteAllInBatch();
			articles.deleteAllInBatch(); // slug aliases go with them (on delete cascade)
			sections.deleteAllInBatch();
			pages.deleteAllInBatch();
		});
	}

	/** A signed-in member of the team with this role, for {@code .with(user(...))}. */
	public AccountPrincipal editor(EditorialRole role) {
		String email = role.name().toLowerCase(java.util.Locale.ROOT) + "-" + java.util.UUID.randomUUID()
				+ "@test.example";
		UserAccount account = users.save(new UserAccount(email, "Test " + role.name(), role, clock));
		account.setPasswordHash("{noop}not-used-in-these-tests");
		users.save(account);
		return principal(account);
	}

	/** The principal of an existing account, with its role's permissions. */
	public AccountPrincipal principal(UserAccount account) {
		return permissions.principal(account.toEditor(),
				account.getPasswordHash() == null ? "{noop}non-utilise" : account.getPasswordHash(), true, false);
	}

	public Clock clock() {
		return clock;
	}

	public Section section(String name) {
		return sections
			.save(new Section(name, "Toute l’actualité « " + name + " » du Ministère.", (int) sections.count()));
	}

	public ArticleBuilder article(String title) {
		return new ArticleBuilder(title);
	}

	public FlashItem flash(String label, String text, Duration ago, @Nullable Article linkedTo) {
		FlashItem item = new FlashItem(label, text, clock.instant().minus(ago), null, clock);
		if (linkedTo != null) {
			item.linkTo(linkedTo.getId());
		}
		return flashItems.save(item);
	}

	public FlashItem expiredFlash(String label, String text) {
		Instant published = clock.instant().minus(Duration.ofDays(10));
		return flashItems.save(new FlashItem(label, text, published, published.plus(Duration.ofDays(2)), clock));
	}

	public Page page(String slug, String title, String body, int position) {
		return pages.save(new Page(slug, title, "Résumé de la page " + title + ".", body, position, clock));
	}

	public Article retitle(Article article, String newTitle) {
		return transactions.execute(status -> {
			Article managed = articles.findById(article.getId()).orElseThrow();
			managed.retitle(newTitle, articles::existsBySlug, clock);
			return articles.save(managed);
		});
	}

	/** {@code article("Titre").in(section).publishedAgo(Duration.ofDays(2)).save()} */
	public final class ArticleBuilder {

		private final String title;

		private String standfirst = "Un chapô qui résume l’actualité en une phrase.";

		private String body = "<p>Le corps de l’actualité.</p>";

		private @Nullable Section section;

		private @Nullable Instant publishedAt = clock.instant().minus(Duration.ofHours(1));

		private boolean featured;

		private @Nullable String image;

		ArticleBuilder(String title) {
			this.title = title;
		}

		public ArticleBuilder in(Section section) {
			this.section = section;
			return this;
		}

		public ArticleBuilder standfirst(String standfirst) {
			this.standfirst = standfirst;
			return this;
		}

		public ArticleBuilder body(String body) {
			this.body = body;
			return this;
		}

		public ArticleBuilder publishedAgo(Duration ago) {
			this.publishedAt = clock.instant().minus(ago);
			return this;
		}

		public ArticleBuilder publishedAt(Instant at) {
			this.publishedAt = at;
			return this;
		}

		public ArticleBuilder scheduledIn(Duration delay) {
			this.publishedAt = clock.instant().plus(delay);
			return this;
		}

		public ArticleBuilder draft() {
			this.publishedAt = null;
			return this;
		}

		public ArticleBuilder featured() {
			this.featured = true;
			return this;
		}

		public ArticleBuilder image(String path) {
			this.image = path;
			return this;
		}

		public Article save() {
			Section in = section != null ? section
					: sections.findAll().stream().findFirst().orElseGet(() -> section("Solidarité"));
			Article article = Article.draft(title, standfirst, body, in, articles::existsBySlug, clock);
			article.markFeatured(featured);
			if (image != null) {
				article.illustrate(image, "Illustration : " + title);
			}
			if (publishedAt != null) {
				article.publish(publishedAt, clock);
			}
			return articles.saveAndFlush(article);
		}

	}

}
