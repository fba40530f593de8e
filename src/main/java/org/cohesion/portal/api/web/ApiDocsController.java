package org.cohesion.portal.api.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's OpenAPI description (written by hand in {@code api/openapi.json}, checked by
 * the contract tests against the controller) and the documentation page the portal
 * renders from it: no third-party script or style.
 */
@Controller
class ApiDocsController {

	static final String SPEC = "api/openapi.json";

	private final byte[] spec;

	private final List<ApiDocs.Endpoint> endpoints;

	private final String title;

	private final String description;

	ApiDocsController(JsonMapper json) {
		try (InputStream in = new ClassPathResource(SPEC).getInputStream()) {
			this.spec = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		JsonNode root = json.readTree(spec);
		this.title = root.path("info").path("title").asString();
		this.description = root.path("info").path("description").asString();
		this.endpoints = endpoints(root);
	}

	@GetMapping(path = "/api/v1/openapi.json")
	ResponseEntity<byte[]> openApi() {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(spec);
	}

	@GetMapping("/api")
	String docs(Model model) {
		model.addAttribute("docs", new ApiDocs(title, description, endpoints));
		return "api/docs";
	}

	private static List<ApiDocs.Endpoint> endpoints(JsonNode root) {
		String server = root.path("servers").path(0).path("url").asString();
		List<ApiDocs.Endpoint> endpoints = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				JsonNode op = operation.getValue();
				List<ApiDocs.Parameter> parameters = new ArrayList<>();
				for (JsonNode parameter : op.path("parameters")) {
					parameters
						.add(new ApiDocs.Parameter(parameter.path("name").asString(), parameter.path("in").asString(),
								parameter.path("required").asBoolean(false), parameter.path("description").asString()));
				}
				List<String> responses = new ArrayList<>();
				op.path("responses").propertyNames().forEach(responses::add);
				endpoints.add(new ApiDocs.Endpoint(operation.getKey().toUpperCase(java.util.Locale.ROOT),
						server + path.getKey(), op.path("operationId").asString(), op.path("summary").asString(),
						op.path("description").asString(""), parameters, responses));
			}
		}
		return List.copyOf(endpoints);
	}

}
