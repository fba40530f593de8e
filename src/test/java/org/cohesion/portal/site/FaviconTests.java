package org.cohesion.portal.site;

import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class FaviconTests {

	@Autowired
	MockMvc mvc;

	@Test
	void faviconsAndManifestAreServedAndLinked() throws Exception {
		byte[] ico = mvc.perform(get("/favicon.ico"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		// ICO header (reserved 0, type 1 = icon), then a PNG signature at the data offset
		// 22
		assertThat(ico).startsWith(0, 0, 1, 0);
		assertThat(ico[22]).isEqualTo((byte) 0x89);
		assertThat(ico.length).isLessThan(4096);

		mvc.perform(get("/apple-touch-icon.png"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"));

		mvc.perform(get("/site.webmanifest"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/manifest+json"))
			.andExpect(jsonPath("$.name").value("Ministère de la Solidarité et de la Cohésion sociale"))
			.andExpect(jsonPath("$.short_name").value("MSCS"))
			.andExpect(jsonPath("$.theme_color").value("#0b5d3b"))
			.andExpect(jsonPath("$.icons[1].src").value("/apple-touch-icon.png"));

		mvc.perform(get("/"))
			.andExpect(content().string(containsString("<link rel=\"icon\" href=\"/favicon.ico\" sizes=\"32x32\">")))
			.andExpect(
					content().string(containsString("<link rel=\"apple-touch-icon\" href=\"/apple-touch-icon.png\">")))
			.andExpect(content().string(containsString("<link rel=\"manifest\" href=\"/site.webmanifest\">")));
	}

}
