package org.cohesion.portal.accounts;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a module adds to the back office: the permissions its actions need, its entries in
 * the menu and its panels on the dashboard. Each module declares a bean implementing this
 * (in its own {@code web} package); {@code accounts} draws the frame from all of them and
 * knows no module's addresses, so a new module (casework, say) adds its own without
 * editing {@code accounts}. Entries are shown only to those who hold their permission.
 */
public interface BackOfficeContribution {

	/**
	 * The permissions this module's actions need, each with the roles that hold it; an
	 * editor's authorities are those of every contribution granted to their role.
	 */
	default List<Permission> permissions() {
		return List.of();
	}

	/** This module's entries of the menu. */
	default List<MenuEntry> menu() {
		return List.of();
	}

	/**
	 * This module's panels on the dashboard of {@code editor} (already filtered by what
	 * they may see); called on each visit of the dashboard.
	 */
	default List<DashboardPanel> dashboard(CurrentEditor editor, Instant now) {
		return List.of();
	}

	/**
	 * A menu entry: {@code order} places it (10 articles, 20 flash infos, 30 media…),
	 * {@code messageKey} names it, {@code permission} (null: everyone in the back office)
	 * shows it.
	 */
	record MenuEntry(int order, String messageKey, String path, @Nullable Permission permission) {
	}

	/**
	 * A dashboard panel: a title, a few lines, and where to see them all. {@code count}
	 * is the number of items in all (shown beside the title when known). A panel with an
	 * {@code alert} reports something that went wrong: it is drawn as a warning, its text
	 * under the title.
	 */
	record DashboardPanel(int order, String titleKey, List<DashboardLine> lines, @Nullable String moreHref,
			@Nullable Long count, @Nullable Alert alert) {

		public DashboardPanel(int order, String titleKey, List<DashboardLine> lines, @Nullable String moreHref,
				@Nullable Long count) {
			this(order, titleKey, lines, moreHref, count, null);
		}

	}

	/**
	 * What a warning panel says: a message key with a date as its only argument (null for
	 * none).
	 */
	record Alert(String messageKey, @Nullable Instant at) {
	}

	/**
	 * A line of a panel: a label (already in the language of the item, e.g. a title), a
	 * link, and a detail made of a message key with a date as its only argument (null for
	 * none).
	 */
	record DashboardLine(String label, @Nullable String href, @Nullable String detailKey, @Nullable Instant at,
			@Nullable String detailText) {
	}

}
