package org.cohesion.portal.pagecache.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cohesion.portal.pagecache.internal.RenderedPages.Header;
import org.cohesion.portal.pagecache.internal.RenderedPages.Page;
import org.cohesion.portal.i18n.PageLanguage;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves a public page from {@link RenderedPages} when it is there — no controller, no
 * template, no database, the stored security headers replayed — and stores it after
 * rendering otherwise. Only anonymous GET/HEAD requests of public pages, feeds, sitemaps
 * and API reads are concerned; a response that sets a cookie, is not a 200, or is not
 * marked {@code Cache-Control: public} is never stored. Requests for a page being
 * rendered wait for that rendering rather than start their own.
 */
final class PageCacheFilter extends OncePerRequestFilter {

	static final String STATUS_HEADER = "X-Page-Cache";

	private static final int MAX_KEY_LENGTH = 1024;

	private static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

	/** Paths whose answers depend on who asks, or that are files served apart. */
	private static final List<String> EXCLUDED_PREFIXES = List.of("/admin", "/connexion", "/deconnexion", "/mnr",
			"/media/", "/css/", "/js/", "/img/", "/demo/", "/actuator", "/error", "/newsletter/");

	/** The newsletter's public pages that are the same for everyone. */
	private static final List<String> NEWSLETTER_PAGES = List.of("/newsletter/numeros");

	private static final Set<String> NOT_REPLAYED = Set.of("content-length", "content-type", "content-language",
			"content-encoding", "transfer-encoding", "date", "vary", "set-cookie", "connection", "keep-alive");

	/** How long a request waits for the same page being rendered for another one. */
	private static final Duration SHARED_RENDERING_WAIT = Duration.ofSeconds(5);

	private final RenderedPages pages;

	/** The pages being rendered now, by key: one rendering per page at a time. */
	private final ConcurrentHashMap<String, CompletableFuture<@Nullable Page>> rendering = new ConcurrentHashMap<>();

	private final PageCacheMetrics metrics;

	private final BrotliEncoding brotli;

	PageCacheFilter(RenderedPages pages, PageCacheMetrics metrics, BrotliEncoding brotli) {
		this.pages = pages;
		this.metrics = metrics;
		this.brotli = brotli;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return true;
		}
		if (request.getDispatcherType() != DispatcherType.REQUEST
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.equals("/newsletter")) {
			return false;
		}
		for (String prefix : EXCLUDED_PREFIXES) {
			if (path.startsWith(prefix)) {
				return NEWSLETTER_PAGES.stream().noneMatch(path::startsWith);
			}
		}
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		Page page = pages.get(key);
		if (page != null) {
			metrics.hit();
			serve(inBrotliIfAsked(key, page, request), request, response);
			return;
		}
		long generation = pages.generation();
		CompletableFuture<@Nullable Page> mine = new CompletableFuture<>();
		CompletableFuture<@Nullable Page> other = rendering.putIfAbsent(key, mine);
		if (other != null) {
			// the same page is being rendered for another request: wait for it instead of
			// rendering it again (a surge after a change would otherwise render it once
			// per
			// request and exhaust the database pool); taken only if it began after the
			// last
			// change this request knows of, so nothing unpublished is ever shown
			Page shared = await(other);
			if (shared != null && shared.generation() >= generation) {
				metrics.hit();
				serve(shared, request, response);
				return;
			}
			metrics.miss();
			render(request, response, chain, key, generation);
			return;
		}
		metrics.miss();
		Page rendered = null;
		try {
			rendered = render(request, response, chain, key, generation);
		}
		finally {
			rendering.remove(key, mine);
			mine.complete(rendered);
		}
	}

	private @Nullable Page render(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			String key, long generation) throws ServletException, IOException {
		ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, capture);
			Page rendered = storable(capture, generation);
			if (rendered != null) {
				pages.put(key, rendered);
			}
			capture.setHeader(STATUS_HEADER, "miss");
			return rendered;
		}
		finally {
			capture.copyBodyToResponse();
		}
	}

	/**
	 * A page is compressed with Brotli the first time it is served from memory to a
	 * browser that accepts it, not when it is stored: at quality 10 that costs more than
	 * rendering the page (~3 ms of CPU for the home page), which a page asked for only
	 * once — an address with a query string of its own — must not cost.
	 */
	private Page inBrotliIfAsked(String key, Page page, HttpServletRequest request) throws IOException {
		String etag = page.etag();
		boolean sendsBody = !"HEAD".equals(request.getMethod())
				&& (etag == null || !matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag));
		if (page.brotli() != null || !sendsBody || !brotli.available()
				|| !accepts(request.getHeader(HttpHeaders.ACCEPT_ENCODING), "br")) {
			return page;
		}
		byte[] compressed = brotli.compress(gunzip(page.gzip()));
		if (compressed == null) {
			return page;
		}
		Page better = page.withBrotli(compressed);
		pages.replace(key, page, better);
		return better;
	}

	private static @Nullable Page await(CompletableFuture<@Nullable Page> rendering) {
		try {
			return rendering.get(SHARED_RENDERING_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			return null;
		}
	}

	private static @Nullable String key(HttpServletRequest request) {
		PageLanguage language = PageLanguage.of(request);
		String query = request.getQueryString();
		String key = (language == null ? "-" : language.language()) + ' ' + request.getRequestURI()
				+ (query == null ? "" : "?" + query);
		return key.length() > MAX_KEY_LENGTH ? null : key;
	}

	private static @Nullable Page storable(ContentCachingResponseWrapper response, long generation) throws IOException {
		if (response.getStatus() != HttpServletResponse.SC_OK || response.containsHeader(HttpHeaders.SET_COOKIE)) {
			return null;
		}
		String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
		String contentType = response.getContentType();
		if (cacheControl == null || !cacheControl.contains("public") || contentType == null
				|| !cacheableType(contentType)) {
			return null;
		}
		byte[] body = response.getContentAsByteArray();
		if (body.length == 0 || body.length > MAX_BODY_BYTES) {
			return null;
		}
		List<Header> headers = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			if (NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT)) || name.equals(STATUS_HEADER)) {
				continue;
			}
			for (String value : response.getHeaders(name)) {
				headers.add(new Header(name, value));
			}
		}
		return new Page(generation, gzip(body), null, body.length, contentType, response.getLocale(),
				response.getHeader(HttpHeaders.ETAG), List.copyOf(headers));
	}

	private static boolean cacheableType(String contentType) {
		String type = contentType.toLowerCase(Locale.ROOT);
		return type.startsWith("text/html") || type.startsWith("application/json") || type.startsWith("application/xml")
				|| type.startsWith("text/xml") || type.startsWith("application/rss+xml")
				|| type.startsWith("application/atom+xml") || type.startsWith("text/plain");
	}

	private static void serve(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		for (Header header : page.headers()) {
			response.addHeader(header.name(), header.value());
		}
		response.setHeader(STATUS_HEADER, "hit");
		response.setHeader(HttpHeaders.VARY, "Accept-Encoding");
		if (page.locale() != null) {
			response.setLocale(page.locale());
		}
		response.setContentType(page.contentType());
		String etag = page.etag();
		if (etag != null && matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		String acceptEncoding = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		byte[] encoded = null;
		if (page.brotli() != null && accepts(acceptEncoding, "br")) {
			encoded = page.brotli();
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "br");
		}
		else if (accepts(acceptEncoding, "gzip")) {
			encoded = page.gzip();
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		if (encoded != null) {
			response.setContentLength(encoded.length);
		}
		else {
			response.setContentLength(page.length());
		}
		if ("HEAD".equals(request.getMethod())) {
			return;
		}
		OutputStream out = response.getOutputStream();
		if (encoded != null) {
			out.write(encoded);
		}
		else {
			out.write(gunzip(page.gzip()));
		}
	}

	/** If-None-Match with the weak comparison of RFC 9110 (a list, or *). */
	static boolean matches(@Nullable String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
		for (String candidate : ifNoneMatch.split(",")) {
			String value = candidate.trim();
			if (value.equals("*") || (value.startsWith("W/") ? value.substring(2) : value).equals(opaque)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether {@code Accept-Encoding} names {@code coding} without refusing it
	 * ({@code q=0}).
	 */
	static boolean accepts(@Nullable String acceptEncoding, String coding) {
		if (acceptEncoding == null) {
			return false;
		}
		for (String part : acceptEncoding.split(",")) {
			String[] named = part.trim().split(";");
			if (named[0].trim().equalsIgnoreCase(coding)) {
				return named.length < 2 || !named[1].replace(" ", "").matches("q=0(\\.0{0,3})?");
			}
		}
		return false;
	}

	private static byte[] gunzip(byte[] compressed) throws IOException {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
			return in.readAllBytes();
		}
	}

	private static byte[] gzip(byte[] body) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length / 4 + 64);
		try (GZIPOutputStream out = new GZIPOutputStream(bytes, 8192)) {
			out.write(body);
		}
		return bytes.toByteArray();
	}

}
