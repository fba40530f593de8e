package org.cohesion.portal.news.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.cohesion.portal.accounts.BackOfficeContribution;
import org.cohesion.portal.accounts.Permission;
import org.cohesion.portal.accounts.CurrentEditor;
import org.cohesion.portal.news.NewsPermissions;
import org.cohesion.portal.news.editorial.DeskOverview;
import org.cohesion.portal.news.editorial.EditorialService;
import org.springframework.stereotype.Component;

/**
 * Articles and sections in the back office's menu; on the dashboard, what a writer or an
 * editor needs first: their drafts, what waits for review, scheduled publications, the
 * latest changes.
 */
@Component
class NewsBackOffice implements BackOfficeContribution {

	static final int LINES = 5;

	private final EditorialService editorial;

	NewsBackOffice(EditorialService editorial) {
		this.editorial = editorial;
	}

	@Override
	public List<Permission> permissions() {
		return NewsPermissions.ALL;
	}

	@Override
	public List<MenuEntry> menu() {
		return List.of(new MenuEntry(10, "admin.nav.articles", "/admin/actualites", NewsPermissions.ARTICLE_WRITE),
				new MenuEntry(40, "admin.nav.sections", "/admin/rubriques", NewsPermissions.SECTION_MANAGE));
	}

	@Override
	public List<DashboardPanel> dashboard(CurrentEditor editor, Instant now) {
		if (!editor.can(NewsPermissions.ARTICLE_WRITE)) {
			return List.of();
		}
		boolean reviewsAll = editor.can(NewsPermissions.ARTICLE_PUBLISH)
				|| editor.can(NewsPermissions.ARTICLE_EDIT_ANY);
		DeskOverview desk = editorial.overview(editor.id(), reviewsAll, now, LINES);
		List<DashboardPanel> panels = new ArrayList<>();
		panels.add(new DashboardPanel(10, "dashboard.drafts", lines(desk.drafts(), "dashboard.updated", false),
				"/admin/actualites?statut=draft&auteur=" + editor.id(), desk.draftCount()));
		panels.add(new DashboardPanel(20, "dashboard.review", lines(desk.review(), "dashboard.updated", true),
				"/admin/actualites?statut=submitted", desk.reviewCount()));
		panels
			.add(new DashboardPanel(30, "dashboard.scheduled", lines(desk.scheduled(), "dashboard.scheduledFor", false),
					"/admin/actualites?statut=published", desk.scheduledCount()));
		panels.add(new DashboardPanel(50, "dashboard.activity", lines(desk.recent(), "dashboard.updated", true),
				"/admin/actualites", null));
		return panels;
	}

	private static List<DashboardLine> lines(List<DeskOverview.Item> items, String detailKey, boolean who) {
		return items.stream()
			.map(item -> new DashboardLine(item.title(), "/admin/actualites/" + item.id(), detailKey, item.at(),
					who ? item.who() : null))
			.toList();
	}

}
