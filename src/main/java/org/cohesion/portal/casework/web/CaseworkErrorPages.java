package org.cohesion.portal.casework.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The casework's own error pages (404, 500 and the others) in the casework frame, in
 * French, with nothing of the failed request: no record, no exception text. Spring Boot's
 * error controller asks this for every error page of a {@code casework} node (which has
 * no public site, so no site error page), instead of its plain "Whitelabel" page. The
 * {@code all} node keeps the site's error controller, whose French pages have the public
 * frame.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseworkErrorPages implements ErrorViewResolver {

	private final CaseworkLayoutAdvice layouts;

	CaseworkErrorPages(CaseworkLayoutAdvice layouts) {
		this.layouts = layouts;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		ModelAndView page = new ModelAndView("casework/error", status);
		page.addObject("layout", layouts.layout(request, RequestContextUtils.getLocale(request)));
		page.addObject("kind", switch (status.value()) {
			case 404, 410 -> "notFound";
			case 400, 405, 413, 414, 415 -> "badRequest";
			case 403 -> "forbidden";
			case 429 -> "tooMany";
			default -> "server";
		});
		return page;
	}

}
