package org.chancery.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every API route through the real server on a real DuckDB store holding {@link ServerFixture}. */
class ServerApiTest {
    @TempDir
    static Path dir;
    static TestServer t;

    @BeforeAll
    static void start() {
        t = TestServer.start(dir, false, 64 * 1024);
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    private static JsonNode ok(String path) throws Exception {
        TestServer.Reply r = t.get(path);
        assertEquals(200, r.status(), path + " -> " + r);
        assertTrue(r.contentType().startsWith("application/json"), path + " content type " + r.contentType());
        return r.json();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    @Test
    void overviewCountsDocumentsEventsTypesAndPeriod() throws Exception {
        JsonNode o = ok("/api/overview");
        assertEquals(3, o.get("documents").asInt());
        assertEquals(10, o.get("events").asInt());
        assertEquals(9, o.get("fact_events").asInt());
        assertEquals("2018-01-04", o.at("/period/from").asText());
        assertEquals("2018-07-02", o.at("/period/to").asText());
        Map<String, Integer> mix = new TreeMap<>();
        o.get("type_mix").forEach(n -> { if (n.get("events").asInt() > 0) mix.put(n.get("type").asText(), n.get("events").asInt()); });
        assertEquals(Map.of("ACCUSE", 2, "AID", 2, "CONSULT", 1, "REJECT", 1, "SANCTION", 1, "SUPPORT", 2), mix);
        JsonNode top = o.get("top_dyads").get(0);
        assertEquals("PAK|USA|4|2|2", top.get("a").asText() + "|" + top.get("b").asText() + "|" + top.get("events").asInt()
                + "|" + top.get("cooperation").asInt() + "|" + top.get("conflict").asInt());
        assertEquals("PAK", o.get("top_actors").get(0).get("code").asText().substring(0, 3));
        assertEquals(3, o.get("recent_documents").size());
    }

    @Test
    void statusSaysIngestionIsOff() throws Exception {
        JsonNode s = ok("/api/status");
        assertEquals("false|65536|3", s.get("ingest_allowed").asText() + "|" + s.get("max_upload_bytes").asLong() + "|"
                + s.get("documents").asInt());
    }

    @Test
    void documentsArePagedWithTotals() throws Exception {
        JsonNode all = ok("/api/documents");
        assertEquals(3, all.get("total").asInt());
        assertEquals(Set.of("usa-pak-2018", "rus-pak-2018", ServerFixture.XSS_DOC), new TreeSet<>(texts(all.get("items"), "doc_id")));
        JsonNode page = ok("/api/documents?limit=2&offset=2");
        assertEquals(3, page.get("total").asInt());
        assertEquals(2, page.get("limit").asInt());
        assertEquals(2, page.get("offset").asInt());
        assertEquals(1, page.get("items").size());
    }

    @Test
    void documentDetailLocatesMentionsAndEventsInItsText() throws Exception {
        JsonNode d = ok("/api/documents/usa-pak-2018");
        String text = d.at("/document/text").asText();
        assertTrue(text.startsWith("Washington suspended military aid"), text);
        assertEquals("Aid cut, then talks", d.at("/document/title").asText());
        assertEquals(4, d.get("sentences").size());
        assertEquals(9, d.get("mentions").size());
        for (JsonNode m : d.get("mentions")) {
            assertEquals(m.get("text").asText(), text.substring(m.get("start").asInt(), m.get("end").asInt()));
        }
        assertEquals(4, d.get("events").size());
        for (JsonNode e : d.get("events")) {
            assertEquals(e.at("/trigger/text").asText(), text.substring(e.at("/trigger/start").asInt(), e.at("/trigger/end").asInt()));
            assertEquals(e.at("/sentence/text").asText(), text.substring(e.at("/sentence/start").asInt(), e.at("/sentence/end").asInt()));
        }
        List<String> types = new ArrayList<>();
        d.get("events").forEach(e -> types.add(e.at("/plover/type").asText()));
        assertEquals(List.of("SANCTION", "REJECT", "CONSULT", "AID"), types);
    }

    @Test
    void eventsFilterByActorDyadTypeDatesModalityAndText() throws Exception {
        assertEquals(10, ok("/api/events").get("total").asInt());
        assertEquals(2, ok("/api/events?actor=RUS").get("total").asInt());
        assertEquals(5, ok("/api/events?dyad=USA:PAK").get("total").asInt());
        assertEquals(4, ok("/api/events?dyad=usa:pak&modality=facts").get("total").asInt());
        assertEquals(2, ok("/api/events?dyad=USA:PAK&directed=true&type=SANCTION,AID&modality=ASSERTED").get("total").asInt());
        JsonNode aid = ok("/api/events?type=AID");
        assertEquals(2, aid.get("total").asInt());
        assertEquals(Set.of("AID"), new TreeSet<>(aid.get("items").findValuesAsText("type")));
        JsonNode spring = ok("/api/events?dyad=USA:PAK&from=2018-03-01&to=2018-04-30");
        List<String> triggers = new ArrayList<>();
        spring.get("items").forEach(e -> triggers.add(e.at("/trigger/text").asText()));
        assertEquals(List.of("held talks", "resumed aid"), sorted(triggers));
        assertEquals(2, spring.get("total").asInt());
        JsonNode heli = ok("/api/events?q=HELICOPTERS");
        assertEquals(1, heli.get("total").asInt());
        JsonNode e = heli.get("items").get(0);
        assertEquals("supply", e.at("/trigger/text").asText());
        assertEquals("RUS", e.at("/source/0/code").asText());
        assertEquals("070", e.at("/cameo/code").asText());
        assertEquals(7.0, e.at("/cameo/goldstein").asDouble());
        assertEquals(4, e.at("/quantities/0/value").asInt());
        assertEquals("2018-02-01", e.at("/date/start").asText());
        assertEquals("rus-pak-2018", e.at("/document/doc_id").asText());
        JsonNode paged = ok("/api/events?limit=3&offset=9");
        assertEquals(10, paged.get("total").asInt());
        assertEquals(1, paged.get("items").size());
    }

    private static List<String> values(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> sorted(List<String> l) {
        List<String> c = new ArrayList<>(l);
        c.sort(null);
        return c;
    }

    @Test
    void eventDetailCarriesItsExplanation() throws Exception {
        String id = ok("/api/events?q=suspended").at("/items/0/event_id").asText();
        JsonNode d = ok("/api/events/" + id);
        assertEquals(id, d.at("/event/event_id").asText());
        assertEquals("SANCTION", d.at("/event/plover/type").asText());
        assertEquals("1622", d.at("/event/cameo/code").asText());
        assertEquals(4, d.at("/event/cameo/quad_class").asInt());
        JsonNode x = d.get("explanation");
        assertEquals("sanction.suspend-aid", x.get("rule").asText());
        assertEquals("nsubj(suspended, Washington) obj(suspended, aid) nmod:to(aid, Pakistan)", x.get("dependency_path").asText());
        assertEquals(List.of("capital:Washington", "country:PAK"), values(x.get("dictionary_entries")));
        assertEquals("source|USAGOV|METONYM|capital:Washington", x.at("/actors/0/role").asText() + "|" + x.at("/actors/0/code").asText()
                + "|" + x.at("/actors/0/basis").asText() + "|" + x.at("/actors/0/entry").asText());
        assertEquals("target|PAK|DICTIONARY", x.at("/actors/1/role").asText() + "|" + x.at("/actors/1/code").asText()
                + "|" + x.at("/actors/1/basis").asText());
        assertEquals("Washington suspended military aid to Pakistan on 4 January 2018.", x.at("/sentence/text").asText());
        assertEquals("DAY", x.at("/date/granularity").asText());
        assertEquals("usa-pak-2018", d.at("/document/doc_id").asText());
    }

    @Test
    void actorsListAndDetailWithCounterpartsAndActivity() throws Exception {
        JsonNode list = ok("/api/actors?limit=100");
        List<String> codes = texts(list.get("items"), "code");
        assertTrue(codes.containsAll(List.of("PAK", "USA", "USAGOV", "RUS", "CHN", "IND")), codes.toString());
        assertEquals(codes.size(), list.get("total").asInt());
        assertEquals(2, ok("/api/actors?limit=2").get("items").size());

        JsonNode pak = ok("/api/actors/PAK");
        assertEquals("PAK", pak.at("/actor/code").asText());
        Map<String, Integer> counterparts = new TreeMap<>();
        pak.get("counterparts").forEach(c -> counterparts.put(c.get("code").asText(), c.get("events").asInt()));
        assertEquals(Map.of("USA", 4, "RUS", 2, "CHN", 1, "IND", 1), counterparts);
        Map<String, Integer> activity = new TreeMap<>();
        pak.get("activity").forEach(p -> activity.put(p.get("period").asText(), p.get("events").asInt()));
        assertEquals(Map.of("2018-01", 2, "2018-02", 1, "2018-03", 1, "2018-04", 1, "2018-05", 2, "2018-06", 1), activity);

        JsonNode byYear = ok("/api/actors/pak?period=year");
        assertEquals("2018", byYear.at("/activity/0/period").asText());
        assertEquals(8, byYear.at("/activity/0/events").asInt());
    }

    /** Fact events between USA and PAK in the test store whose event date is unknown. */
    private static final int UNDATED_USA_PAK = 0;

    @Test
    void dyadSeriesPerMonthQuarterAndModality() throws Exception {
        JsonNode s = ok("/api/dyads/USA/PAK/series");
        // months without events are kept as zero points, so the time axis is continuous
        assertEquals(List.of("2018-01", "2018-02", "2018-03", "2018-04"), texts(s.get("points"), "period"));
        assertEquals(0, s.at("/points/1/events").asInt());
        JsonNode jan = s.get("points").get(0);
        assertEquals(2, jan.get("events").asInt());
        assertEquals(1, jan.at("/by_quad_class/3").asInt());
        assertEquals(1, jan.at("/by_quad_class/4").asInt());
        assertEquals(0, jan.at("/by_quad_class/1").asInt());
        assertEquals(1, jan.at("/by_type/SANCTION").asInt());
        assertEquals(1, jan.at("/by_type/REJECT").asInt());
        assertEquals(-9.6, jan.get("goldstein_sum").asDouble(), 1e-9);
        assertEquals(-4.8, jan.get("goldstein_mean").asDouble(), 1e-9);
        assertEquals("2018-01-31", jan.get("period_end").asText());
        assertEquals(4, s.get("events").asInt());
        assertEquals(UNDATED_USA_PAK, s.get("undated_events").asInt(), "facts of the dyad the event axis cannot place");

        JsonNode q = ok("/api/dyads/usa/pak/series?period=quarter");
        assertEquals(List.of("2018-Q1", "2018-Q2"), texts(q.get("points"), "period"));
        assertEquals(3, q.at("/points/0/events").asInt());

        JsonNode all = ok("/api/dyads/USA/PAK/series?modality=all");
        assertEquals(List.of("2018-01", "2018-02", "2018-03", "2018-04", "2018-05"), texts(all.get("points"), "period"));
        assertEquals("SANCTION", all.at("/points/4/by_type").fieldNames().next());
        assertEquals(UNDATED_USA_PAK, all.get("undated_events").asInt(), "the planned sanction is dated, so counted in the chart");

        JsonNode directed = ok("/api/dyads/PAK/USA/series?directed=true&period=year");
        assertEquals(1, directed.at("/points/0/events").asInt());
        assertEquals("REJECT", directed.at("/points/0/by_type").fieldNames().next());

        JsonNode pub = ok("/api/dyads/USA/PAK/series?axis=publication&period=year");
        assertEquals("publication", pub.get("axis").asText());
        assertEquals(4, pub.at("/points/0/events").asInt());
    }

    @Test
    void networkNodesAndEdgesWithNetBalance() throws Exception {
        JsonNode n = ok("/api/network");
        assertEquals(Set.of("CHN", "IND", "PAK", "RUS", "USA"), new TreeSet<>(texts(n.get("nodes"), "code")));
        Map<String, String> edges = new TreeMap<>();
        n.get("edges").forEach(e -> edges.put(e.get("a").asText() + "-" + e.get("b").asText(),
                e.get("events").asInt() + "/" + e.get("net").asInt()));
        assertEquals(Map.of("PAK-USA", "4/0", "PAK-RUS", "2/2", "CHN-PAK", "1/1", "IND-PAK", "1/-1", "CHN-USA", "1/-1"), edges);

        JsonNode spring = ok("/api/network?from=2018-02-01&to=2018-02-28");
        assertEquals(Set.of("PAK", "RUS"), new TreeSet<>(texts(spring.get("nodes"), "code")));
        assertEquals(1, spring.get("edges").size());

        JsonNode typed = ok("/api/network?type=ACCUSE");
        assertEquals(2, typed.get("edges").size());
        List<String> strong = new ArrayList<>();
        ok("/api/network?min=2&level=country").get("edges").forEach(e -> strong.add(e.get("a").asText() + "-" + e.get("b").asText()));
        assertEquals(List.of("PAK-RUS", "PAK-USA"), sorted(strong));

        JsonNode full = ok("/api/network?level=full");
        assertTrue(texts(full.get("nodes"), "code").contains("USAGOV"));
        assertEquals("full", full.get("level").asText());
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
        "/api/dyads/USA/PAK/series?period=week|period|month, quarter or year",
        "/api/dyads/USA/PAK/series?axis=crawl|axis|event or publication",
        "/api/dyads/USA/P4K/series|b|capital letters",
        "/api/dyads/USA/PAK/series?from=2018-02-30|from|YYYY-MM-DD",
        "/api/events?from=2018-13-01|from|YYYY-MM-DD",
        "/api/events?from=2018-05-01&to=2018-01-01|to|before from",
        "/api/events?limit=0|limit|1..1000",
        "/api/events?limit=abc|limit|whole number",
        "/api/events?limit=5000|limit|1..1000",
        "/api/events?offset=-1|offset|0..",
        "/api/events?type=BOGUS|type|unknown event type 'BOGUS'",
        "/api/events?type=AID,FIGHTING|type|unknown event type 'FIGHTING'",
        "/api/events?modality=MAYBE|modality|unknown modality",
        "/api/events?dyad=USA|dyad|A:B",
        "/api/events?actor=p4k|actor|capital letters",
        "/api/events?directed=perhaps|directed|true or false",
        "/api/events?colour=red|colour|unknown parameter 'colour'",
        "/api/events?actor=PAK&actor=USA|actor|given 2 times",
        "/api/documents?limit=-5|limit|1..1000",
        "/api/actors?offset=x|offset|whole number",
        "/api/actors/PAK?period=decade|period|month, quarter or year",
        "/api/network?level=planet|level|country, full",
        "/api/network?min=0|min|1..",
        "/api/network?to=yesterday|to|YYYY-MM-DD",
        "/api/overview?verbose=1|verbose|no query parameters",
    })
    void badParametersAre400NamingTheParameter(String path, String parameter, String fragment) throws Exception {
        TestServer.Reply r = t.get(path);
        assertEquals(400, r.status(), path + " -> " + r);
        JsonNode err = r.json().get("error");
        assertEquals(400, err.get("status").asInt());
        assertEquals(parameter, err.get("parameter").asText(), r.toString());
        assertTrue(err.get("message").asText().contains(fragment), "message of " + path + ": " + err.get("message").asText());
        assertEquals(1, r.json().size(), "only the error member: " + r);
    }

    @ParameterizedTest(name = "{0} -> 404")
    @CsvSource(delimiter = '|', value = {
        "/api/documents/no-such-doc|id|no document with id 'no-such-doc'",
        "/api/events/ev_00000000000000000000|id|no event with id",
        "/api/actors/ZZZ|code|no actor with code 'ZZZ'",
        "/api/nothing/here||no such route",
    })
    void unknownIdsAre404(String path, String parameter, String fragment) throws Exception {
        TestServer.Reply r = t.get(path);
        assertEquals(404, r.status(), path + " -> " + r);
        JsonNode err = r.json().get("error");
        assertEquals(404, err.get("status").asInt());
        assertEquals(parameter == null ? "null" : parameter, err.get("parameter").isNull() ? "null" : err.get("parameter").asText());
        assertTrue(err.get("message").asText().contains(fragment), err.toString());
    }

    @Test
    void ingestIsRefusedWhenTheServerIsReadOnly() throws Exception {
        TestServer.Reply r = t.post("/api/ingest", "application/json", "{\"name\":\"x.txt\",\"text\":\"Pakistan.\"}".getBytes());
        assertEquals(403, r.status(), r.toString());
        assertTrue(r.json().at("/error/message").asText().contains("--allow-ingest"), r.toString());
        assertEquals(3, ok("/api/documents").get("total").asInt());
    }

    @Test
    void openApiDocumentsExactlyTheRegisteredRoutes() throws Exception {
        JsonNode doc = ok("/api/openapi.json");
        assertEquals("3.0.3", doc.get("openapi").asText());
        Set<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            p.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase() + " " + p.getKey()));
        }
        Set<String> registered = t.server.registeredRoutes();
        assertEquals(registered, documented);
        assertEquals(Set.of("GET /api/overview", "GET /api/documents", "GET /api/documents/{id}", "GET /api/events",
                "GET /api/events/{id}", "GET /api/actors", "GET /api/actors/{code}", "GET /api/dyads/{a}/{b}/series",
                "GET /api/network", "POST /api/ingest", "GET /api/openapi.json", "GET /api/status"), documented);
        JsonNode seriesParams = doc.at("/paths/~1api~1dyads~1{a}~1{b}~1series/get/parameters");
        assertEquals(List.of("a", "b", "period", "axis", "directed", "modality", "from", "to"), texts(seriesParams, "name"));
        assertEquals(List.of("month", "quarter", "year"), values(seriesParams.get(2).at("/schema/enum")));
    }

    @Test
    void aBusyPortIsRefusedNamingHostAndPort() {
        int port = t.server.port();
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> ChanceryServer.start(ServerConfig.defaults().withPort(port), t.store, null));
        assertTrue(e.getMessage().startsWith("cannot serve on 127.0.0.1:" + port + ": "), e.getMessage());
        assertTrue(e.getMessage().endsWith("; choose another --port or stop the program using it"), e.getMessage());
    }

    @Test
    void responsesCarrySecurityHeaders() throws Exception {
        java.net.http.HttpResponse<Void> r = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(t.url("/"))).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
    }

    @Test
    void theUiAndItsLibrariesAreServedFromTheJar() throws Exception {
        TestServer.Reply index = t.get("/");
        assertEquals(200, index.status());
        assertTrue(index.text().contains("<main id=\"app\""), index.text());
        assertTrue(t.get("/webjars/echarts/5.5.0/echarts.min.js").text().length() > 500_000);
        assertTrue(t.get("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js").text().length() > 200_000);
        assertEquals(200, t.get("/js/app.js").status());
    }
}
