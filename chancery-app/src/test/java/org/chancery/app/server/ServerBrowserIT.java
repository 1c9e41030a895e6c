package org.chancery.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web UI in real Chromium (Debian's {@code /usr/bin/chromium}, driven by Playwright) against the
 * real server and store. Screenshots go to {@code target/screenshots/}.
 */
class ServerBrowserIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SHOTS = Path.of("target", "screenshots");
    static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic");

    @TempDir
    static Path dir;
    static TestServer t;
    static Playwright playwright;
    static Browser browser;

    BrowserContext context;
    Page page;
    final List<String> dialogs = new ArrayList<>();
    final List<String> pageErrors = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            fail("browser tests need Chromium at " + CHROMIUM + ": install it with 'apt-get install -y chromium' (CI's .ci/run does)");
        }
        Files.createDirectories(SHOTS);
        t = TestServer.start(dir, false, 64 * 1024);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true).setArgs(CHROMIUM_ARGS));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
        if (t != null) t.close();
    }

    private Page open(int width, int height, String hash) {
        return open(t, width, height, hash);
    }

    private Page open(TestServer server, int width, int height, String hash) {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
        page = context.newPage();
        page.onDialog(d -> {
            dialogs.add(d.type() + ":" + d.message());
            d.dismiss();
        });
        page.onPageError(e -> pageErrors.add(e));
        page.navigate(server.url("/" + hash));
        waitReady();
        return page;
    }

    private void waitReady() {
        waitPage("#");
    }

    /**
     * Waits until the page whose hash starts with {@code prefix} has rendered. Polls from Java:
     * the server's Content-Security-Policy forbids the string evaluation that waitForFunction uses.
     */
    private void waitPage(String prefix) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            Object done = page.evaluate("p => (location.hash || '#/').startsWith(p) && document.body.dataset.ready === 'true'"
                    + " && document.body.dataset.rendered === (location.hash || '#/')", prefix);
            if (Boolean.TRUE.equals(done)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                fail("page " + prefix + " did not render within 30 s; at " + page.url() + ", body data "
                        + page.evaluate("JSON.stringify(document.body.dataset)") + ", text: " + page.locator("main").textContent());
            }
            page.waitForTimeout(50);
        }
    }

    private void go(String hash) {
        page.evaluate("h => { location.hash = h; }", hash);
        waitPage(hash);
    }

    private void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name)).setFullPage(true));
    }

    @AfterEach
    void close() {
        if (context != null) context.close();
        assertEquals(List.of(), dialogs, "no dialog may open");
        assertEquals(List.of(), pageErrors, "no script error");
    }

    @Test
    void overviewShowsCountsTablesAndTypeMix() {
        open(1280, 800, "#/");
        assertEquals("3", page.locator(".stat .stat-value").first().textContent());
        assertEquals("2018-01-04 – 2018-07-02", page.locator(".stat.period .stat-value").textContent());
        assertEquals("PAK – USA", page.locator("table.dyads tbody tr").first().locator("td").first().textContent());
        assertEquals(6, ((Number) page.evaluate("window.chancery.charts.typeMix.getOption().series[0].data.length")).intValue());
        shot("overview-1280.png");
        context.close();

        open(390, 844, "#/");
        assertEquals(390, ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue(), "no sideways scrolling at 390 px");
        shot("overview-390.png");
    }

    @Test
    void dyadChartHasPointsAndAClickedBarListsItsEvidence() {
        open(1280, 800, "#/");
        page.locator("table.dyads a", new Page.LocatorOptions().setHasText("PAK – USA")).click();
        waitPage("#/dyad/PAK/USA");
        @SuppressWarnings("unchecked")
        List<Number> lengths = (List<Number>) page.evaluate("window.chancery.charts.dyad.getOption().series.map(s => s.data.length)");
        assertEquals(List.of(4, 4, 4, 4, 4), lengths.stream().map(Number::intValue).toList());
        @SuppressWarnings("unchecked")
        List<Number> conflict = (List<Number>) page.evaluate("window.chancery.charts.dyad.getOption().series[3].data");
        assertEquals(List.of(-1, 0, 0, 0), conflict.stream().map(Number::intValue).toList());

        // click the January material-conflict bar at its pixel position
        @SuppressWarnings("unchecked")
        List<Number> px = (List<Number>) page.evaluate("window.chancery.charts.dyad.convertToPixel({seriesIndex: 3}, [0, -0.5])");
        page.locator("#dyad-chart").scrollIntoViewIfNeeded();
        var box = page.locator("#dyad-chart").boundingBox();
        page.mouse().click(box.x + px.get(0).doubleValue(), box.y + px.get(1).doubleValue());
        Locator rows = page.locator("#evidence-list li.event");
        rows.first().waitFor();
        assertEquals(2, rows.count());
        assertEquals("2018-01: 2 events", page.locator("#evidence h3").textContent());
        Locator first = rows.first();
        assertEquals("suspended", first.locator("mark.trigger").textContent());
        assertEquals("Washington", first.locator("mark.source").textContent());
        assertEquals("Pakistan", first.locator("mark.target").textContent());
        assertEquals("Washington suspended military aid to Pakistan on 4 January 2018.", first.locator("blockquote.evidence").textContent());
        shot("dyad-1280.png");
        context.close();

        open(390, 844, "#/dyad/PAK/USA");
        assertEquals(390, ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue(), "no sideways scrolling at 390 px");
        page.locator("table.periods button").first().click();
        page.locator("#evidence-list li.event").first().waitFor();
        assertEquals(2, page.locator("#evidence-list li.event").count());
        shot("dyad-390.png");
    }

    @Test
    void networkShowsActorsAndRelationsAndFollowsThePeriod() {
        open(1280, 800, "#/network");
        assertEquals(5, ((Number) page.evaluate("window.chancery.network.nodes().length")).intValue());
        assertEquals(5, ((Number) page.evaluate("window.chancery.network.edges().length")).intValue());
        assertEquals("#d62828", page.evaluate("window.chancery.network.getElementById('IND--PAK').data('color')"));
        assertEquals("#2a9d8f", page.evaluate("window.chancery.network.getElementById('PAK--RUS').data('color')"));
        double pak = ((Number) page.evaluate("window.chancery.network.getElementById('PAK').width()")).doubleValue();
        double ind = ((Number) page.evaluate("window.chancery.network.getElementById('IND').width()")).doubleValue();
        assertTrue(pak > ind, "PAK (8 events) is drawn larger than IND (1): " + pak + " vs " + ind);
        shot("network-1280.png");

        page.getByLabel("From", new Page.GetByLabelOptions().setExact(true)).fill("2018-02-01");
        page.getByLabel("To", new Page.GetByLabelOptions().setExact(true)).fill("2018-02-28");
        page.locator("form.controls button[type=submit]").click();
        waitPage("#/network?from=2018-02-01&to=2018-02-28");
        assertEquals(2, ((Number) page.evaluate("window.chancery.network.nodes().length")).intValue());
        assertEquals(1, ((Number) page.evaluate("window.chancery.network.edges().length")).intValue());
        context.close();

        open(390, 844, "#/network");
        assertEquals(390, ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue(), "no sideways scrolling at 390 px");
        assertEquals(5, ((Number) page.evaluate("window.chancery.network.nodes().length")).intValue());
        shot("network-390.png");
    }

    @Test
    void markupInADocumentRendersAsText() {
        open(1280, 800, "#/document/" + ServerFixture.XSS_DOC);
        String text = page.locator("#doc-text").textContent();
        assertTrue(text.contains(ServerFixture.XSS_SCRIPT), text);
        assertTrue(text.contains(ServerFixture.XSS_IMG), text);
        assertEquals(ServerFixture.XSS_TITLE, page.locator("h1").textContent());
        assertEquals(0, ((Number) page.evaluate("document.querySelectorAll('#app img, #app script, #app b').length")).intValue());
        assertEquals(2, page.locator("#doc-text mark.trigger").count());
        page.waitForTimeout(300);
        shot("document-1280.png");

        context.close();
        open(390, 844, "#/document/" + ServerFixture.XSS_DOC);
        assertEquals(390, ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue(), "no sideways scrolling at 390 px");
        shot("document-390.png");

        go("#/events?q=alert");
        assertEquals(2, page.locator("ul.events li.event").count());
        assertEquals(0, ((Number) page.evaluate("document.querySelectorAll('#app img, #app script').length")).intValue());
    }

    @Test
    void eventPageExplainsTheCoding() {
        open(1280, 800, "#/document/usa-pak-2018");
        page.locator("#doc-text a.mark-link").first().click();
        waitPage("#/event/ev_");
        assertTrue(page.locator("table.explain").textContent().contains("sanction.suspend-aid"));
        assertEquals(2, page.locator("table.bases tbody tr").count());
        assertEquals("suspended", page.locator("blockquote.evidence mark.trigger").textContent());
        shot("event-1280.png");
    }

    @Test
    void actorPageListsCounterpartsAndActivity() {
        open(1280, 800, "#/actor/PAK");
        assertEquals(4, page.locator("table.counterparts tbody tr").count());
        assertEquals("USA", page.locator("table.counterparts tbody tr").first().locator("td").first().textContent());
        assertEquals(6, ((Number) page.evaluate("window.chancery.charts.actor.getOption().xAxis[0].data.length")).intValue());
        page.locator("ul.events li.event").first().waitFor();
        shot("actor-1280.png");
    }

    @Test
    void pastedTextIsAddedWhenIngestionIsAllowed() {
        try (TestServer writable = TestServer.start(dir.resolve("writable"), true, 64 * 1024)) {
            open(writable, 1280, 800, "#/ingest");
            page.locator("#nav-ingest").waitFor();
            page.getByLabel("Name (becomes the document id)").fill("pasted-in-browser");
            page.getByLabel("Text", new Page.GetByLabelOptions().setExact(true)).fill("Pakistan and China met. <img src=x onerror=alert(4)>");
            page.locator("form.ingest button[type=submit]").click();
            page.locator(".ingest-summary").waitFor();
            assertEquals("1 stored, 0 already present, 0 events.", page.locator(".ingest-summary").textContent());
            shot("ingest-1280.png");
            page.locator("#ingest-result a").click();
            waitPage("#/document/pasted-in-browser");
            assertEquals("Pakistan and China met. <img src=x onerror=alert(4)>", page.locator("#doc-text").textContent());
            assertEquals(0, ((Number) page.evaluate("document.querySelectorAll('#app img').length")).intValue());
        }
    }

    @Test
    void readOnlyServerSaysSoOnTheIngestPage() {
        open(1280, 800, "#/ingest");
        assertTrue(page.locator("[role=alert]").textContent().contains("--allow-ingest"));
        assertEquals(false, page.locator("#nav-ingest").isVisible());
    }

    @Test
    void badFiltersShowTheApiMessage() {
        open(1280, 800, "#/events?type=BOGUS");
        String alert = page.locator("[role=alert]").textContent();
        assertTrue(alert.contains("unknown event type 'BOGUS'") && alert.contains("(parameter type)"), alert);
        go("#/events?dyad=USA:PAK");
        assertEquals(5, page.locator("ul.events li.event").count());
        shot("events-1280.png");
    }
}
