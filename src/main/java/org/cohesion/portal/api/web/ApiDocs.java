package org.cohesion.portal.api.web;

import java.util.List;

/** The documentation page's view of the OpenAPI description. */
public record ApiDocs(String title, String description, List<Endpoint> endpoints) {

	public record Endpoint(String method, String path, String id, String summary, String description,
			List<Parameter> parameters, List<String> responses) {
	}

	public record Parameter(String name, String in, boolean required, String description) {
	}

}
