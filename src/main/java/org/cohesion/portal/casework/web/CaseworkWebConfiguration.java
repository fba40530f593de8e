package org.cohesion.portal.casework.web;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.Caseworkers;
import org.cohesion.portal.casework.Reauthentication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A {@link Caseworker} argument in a controller method is the signed-in casework user;
 * {@link Reauthentication.Required} on a handler sends a user without a recent proof of
 * identity to the re-authentication page first. Casework pages are never cached.
 */
@Configuration(proxyBeanMethods = false)
class CaseworkWebConfiguration implements WebMvcConfigurer {

	private final Reauthentication reauthentication;

	CaseworkWebConfiguration(Reauthentication reauthentication) {
		this.reauthentication = reauthentication;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new HandlerMethodArgumentResolver() {
			@Override
			public boolean supportsParameter(MethodParameter parameter) {
				return Caseworker.class.equals(parameter.getParameterType());
			}

			@Override
			public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
					NativeWebRequest request, WebDataBinderFactory binders) {
				return Caseworkers.current();
			}
		});
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
					throws Exception {
				response.setHeader("Cache-Control", "no-store");
				if (handler instanceof HandlerMethod method) {
					Reauthentication.Required required = method.getMethodAnnotation(Reauthentication.Required.class);
					if (required != null && !reauthentication.recent(request, Duration.ofMinutes(required.minutes()))) {
						response.sendRedirect(Reauthentication.pageFor(returnTo(request)));
						return false;
					}
				}
				return true;
			}
		}).addPathPatterns("/mnr", "/mnr/**");
	}

	/** A GET comes back to itself; a form comes back to the page it was sent from. */
	private static String returnTo(HttpServletRequest request) {
		if (HttpMethod.GET.matches(request.getMethod())) {
			String query = request.getQueryString();
			return request.getRequestURI() + (query == null ? "" : "?" + query);
		}
		String referer = request.getHeader("Referer");
		if (referer != null) {
			int path = referer.indexOf("/mnr");
			if (path >= 0) {
				return referer.substring(path);
			}
		}
		return "/mnr";
	}

}
