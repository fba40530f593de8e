package org.cohesion.portal.casework;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** With an allow-list of client networks, the casework is not there for anyone else. */
@CaseworkNodeTest
@TestPropertySource(properties = "portal.casework.allowed-networks=10.20.0.0/16, 192.168.5.0/24")
class CaseworkNetworkAllowListTests {

	@Autowired
	MockMvc mvc;

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void aClientOfAnAllowedNetworkReachesTheSignIn() throws Exception {
		mvc.perform(get("/mnr/connexion").with(from("10.20.3.4"))).andExpect(status().isOk());
		mvc.perform(get("/mnr/connexion").with(from("192.168.5.77"))).andExpect(status().isOk());
	}

	@Test
	void anyOtherClientGetsNotFound() throws Exception {
		mvc.perform(get("/mnr/connexion").with(from("10.21.0.1"))).andExpect(status().isNotFound());
		mvc.perform(get("/mnr").with(from("203.0.113.9"))).andExpect(status().isNotFound());
		mvc.perform(get("/mnr/connexion").with(from("127.0.0.1"))).andExpect(status().isNotFound());
	}

}
