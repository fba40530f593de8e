package org.cohesion.portal.site.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cohesion.portal.platform.PlatformProperties;
import org.cohesion.portal.platform.SiteProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The web app manifest (name and icons when a reader adds the site to a phone's home
 * screen). Served rather than a static file because the institution's name is
 * configuration.
 */
@Controller
class WebManifestController {

	static final MediaType MANIFEST = MediaType.parseMediaType("application/manifest+json;charset=UTF-8");

	static final String THEME = "#0b5d3b";

	private final SiteProperties site;

	private final PlatformProperties platform;

	WebManifestController(SiteProperties site, PlatformProperties platform) {
		this.site = site;
		this.platform = platform;
	}

	@GetMapping("/site.webmanifest")
	ResponseEntity<Map<String, Object>> manifest() {
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("name", site.name());
		manifest.put("short_name", site.shortName());
		manifest.put("lang", platform.defaultLanguage().toLanguageTag());
		manifest.put("start_url", "/");
		manifest.put("display", "browser");
		manifest.put("theme_color", THEME);
		manifest.put("background_color", "#ffffff");
		manifest.put("icons",
				List.of(Map.of("src", "/img/favicon.svg", "sizes", "any", "type", "image/svg+xml"),
						Map.of("src", "/apple-touch-icon.png", "sizes", "180x180", "type", "image/png"),
						Map.of("src", "/favicon.ico", "sizes", "32x32", "type", "image/x-icon")));
		return ResponseEntity.ok().contentType(MANIFEST).body(manifest);
	}

}
