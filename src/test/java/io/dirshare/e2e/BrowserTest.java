package io.dirshare.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A browser journey in headless Chromium against the whole portal on a random port, with its own
 * fresh in-memory database holding the demo data, so every journey class starts from the README's
 * demo state. Uses the system's Chromium ({@code -Dchromium.path}, default /usr/bin/chromium) when it
 * exists, else Playwright's own browser as on an ordinary laptop.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:e2e-${random.uuid};MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1",
				"dirshare.demo-data=true" })
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

	protected static final String DEMO_PASSWORD = "dirshare-demo";

	private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	@LocalServerPort
	protected int port;

	private Playwright playwright;

	private Browser browser;

	private BrowserContext context;

	protected Page page;

	@BeforeAll
	void launchBrowser() {
		this.playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run"));
		Path chromium = Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium"));
		if (Files.isExecutable(chromium)) {
			options.setExecutablePath(chromium);
		}
		this.browser = this.playwright.chromium().launch(options);
	}

	@AfterAll
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
		if (this.playwright != null) {
			this.playwright.close();
		}
	}

	@BeforeEach
	void openPage() {
		this.context = this.browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900));
		this.page = this.context.newPage();
		this.page.setDefaultTimeout(10_000);
		// The first pages after start-up compile their templates, on a machine that may be busy.
		this.page.setDefaultNavigationTimeout(30_000);
	}

	@AfterEach
	void closePage(org.junit.jupiter.api.TestInfo test) {
		try {
			if (!this.page.isClosed()) {
				// What the page looked like at the end, for a failure's report.
				this.page.screenshot(new Page.ScreenshotOptions()
					.setPath(SCREENSHOTS.resolve("last").resolve(test.getTestMethod().map((m) -> m.getName()).orElse("test") + ".png")));
			}
			if (!this.page.isClosed() && this.page.url().startsWith("http")
					&& !this.withoutScripts.contains(this.page.context())) {
				assertAccessible();
			}
		}
		finally {
			this.extraContexts.forEach(BrowserContext::close);
			this.extraContexts.clear();
			this.withoutScripts.clear();
			this.context.close();
		}
	}

	private final List<BrowserContext> extraContexts = new ArrayList<>();

	/** Contexts with JavaScript off: axe-core cannot run there, and evaluate would wait for ever. */
	private final List<BrowserContext> withoutScripts = new ArrayList<>();

	/** Another browser (JavaScript off, a phone's viewport, ...), closed after the test with the usual one. */
	protected BrowserContext newContext(Browser.NewContextOptions options) {
		BrowserContext other = this.browser.newContext(options);
		other.setDefaultTimeout(10_000);
		other.setDefaultNavigationTimeout(30_000);
		this.extraContexts.add(other);
		if (Boolean.FALSE.equals(options.javaScriptEnabled)) {
			this.withoutScripts.add(other);
		}
		return other;
	}

	/**
	 * Runs axe-core (WCAG 2.x A and AA rules and best practices) on the page as it is now and fails on
	 * any violation. The script is run through {@code evaluate}, which the page's Content-Security-Policy
	 * allows, as a user's assistive tools would; the page itself never loads it.
	 */
	protected void assertAccessible() {
		if (!Boolean.TRUE.equals(this.page.evaluate("() => typeof window.axe === 'object'"))) {
			this.page.evaluate(axeScript());
		}
		@SuppressWarnings("unchecked")
		List<String> violations = (List<String>) this.page.evaluate("""
				async () => {
				  const results = await window.axe.run(document, { resultTypes: ['violations'] });
				  return results.violations.map((v) => v.id + ' (' + v.impact + '): ' + v.help + ' at '
				      + v.nodes.slice(0, 5).map((n) => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\s+/g, ' ')).join(' | '));
				}""");
		if (!violations.isEmpty()) {
			throw new AssertionError("axe-core found " + violations.size() + " violation(s) on " + this.page.url() + ":\n"
					+ String.join("\n", violations));
		}
	}

	private static String axeScript() {
		String script = axeSource;
		if (script == null) {
			try (var in = BrowserTest.class.getClassLoader().getResourceAsStream("axe.min.js")) {
				if (in == null) {
					throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:playwright)");
				}
				script = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			axeSource = script;
		}
		return script;
	}

	private static volatile String axeSource;

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** The usual browser context of the test. */
	protected BrowserContext context() {
		return this.context;
	}

	/** Opens a new browser session (a different person at another computer). */
	protected void newSession() {
		this.context.close();
		openPage();
	}

	protected void signIn(String account, String userName, String password) {
		this.page.navigate(url("/signin"));
		this.page.getByLabel("Account ID or alias").fill(account);
		this.page.getByLabel("IAM user name").fill(userName);
		this.page.getByLabel("Password").fill(password);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
	}

	protected void signInAsDemo(String account, String userName) {
		signIn(account, userName, DEMO_PASSWORD);
		assertThat(this.page.getByTestId("account-id")).hasText(account);
	}

	protected void signOut() {
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out").setExact(true)).click();
	}

	/** Saves a screenshot of the whole page under target/screenshots, after checking the page with axe-core. */
	protected void screenshot(String name) {
		screenshot(name, true);
	}

	/** As {@link #screenshot(String)}; without the check in a browser that runs no scripts (axe-core is one). */
	protected void screenshot(String name, boolean checkAccessibility) {
		if (checkAccessibility) {
			assertAccessible();
		}
		try {
			Files.createDirectories(SCREENSHOTS);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		this.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

	protected static List<String> list(String... values) {
		return new ArrayList<>(List.of(values));
	}

}
