package org.cohesion.portal.casework.signin;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The optional allow-list of client networks ({@code PORTAL_CASEWORK_ALLOWED_NETWORKS},
 * CIDR): a request from elsewhere gets 404, as if the casework were not there. Empty
 * list: every network. The client address is the connection's, or the proxy's
 * {@code X-Forwarded-For} only when {@code PORTAL_FORWARD_HEADERS} tells the server to
 * trust it.
 */
class NetworkAllowList extends OncePerRequestFilter {

	private final List<IpAddressMatcher> networks;

	NetworkAllowList(List<String> cidrs) {
		this.networks = cidrs.stream()
			.map(String::trim)
			.filter(cidr -> !cidr.isEmpty())
			.map(IpAddressMatcher::new)
			.toList();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (networks.isEmpty() || allowed(request.getRemoteAddr())) {
			chain.doFilter(request, response);
			return;
		}
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	boolean allowed(String address) {
		return networks.stream().anyMatch(network -> network.matches(address));
	}

}
