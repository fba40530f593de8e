package org.cohesion.portal.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * What a person sees: the demo application on a real port, one Chromium for the whole
 * test class. The browser suites share one application context, so one demo database:
 * tests must not assume what another one wrote.
 */
@Tag("browser")
@ExtendWith(RequiresServices.ChromiumCondition.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.demo.enabled=true")
@ContextConfiguration(initializers = TestDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

	@LocalServerPort
	protected int port;

	protected ChromeDriver browser;

	private Chromium chromium;

	@BeforeAll
	void startBrowser() {
		chromium = Chromium.start();
		browser = chromium.driver();
	}

	@AfterAll
	void stopBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/**
	 * Waits up to 20 s: the machines that run CI are shared and sometimes slow. A page
	 * that its own script replaces while the condition reads it (a live refresh, a
	 * redirect) means "not yet", not a failure.
	 */
	protected void waitUntil(BooleanSupplier condition) {
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(driver -> condition.getAsBoolean());
	}

}
