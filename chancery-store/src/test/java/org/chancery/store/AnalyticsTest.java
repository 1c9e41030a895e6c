package org.chancery.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chancery.actor.ActorCode;
import org.chancery.analytics.DateAxis;
import org.chancery.analytics.DyadPoint;
import org.chancery.analytics.DyadQuery;
import org.chancery.analytics.Network;
import org.chancery.analytics.NetworkQuery;
import org.chancery.analytics.Period;
import org.chancery.coding.Modality;
import org.chancery.ontology.PloverType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Time series, networks and summaries over the two hand-built documents. The USA–PAK events counted
 * by default (asserted, reported, habitual): suspended 2018-01-04 (SANCTION, quad 4, -5.6), accused
 * 2018-03-20 (ACCUSE, 3, -2.0, PAK→USA), cut off 2018-11 (SANCTION, 4, -5.6), funded 2019-02 (AID, 2,
 * 7.4, two US sources), cooperate 2019-07-22 (COOPERATE, 2, 6.4). "threaten" is negated.
 */
class AnalyticsTest {
    private static final double EPS = 1e-9;

    @TempDir
    static Path dir;
    static DuckDbEventStore store;

    @BeforeAll
    static void fill() {
        store = StoreFixtures.filledStore(dir.resolve("a.duckdb"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static DyadQuery dyad(String a, String b, Period p, boolean directed, DateAxis axis) {
        return new DyadQuery(ActorCode.of(a), ActorCode.of(b), p, directed, axis, null, null, Set.of());
    }

    private static void assertPoint(DyadPoint p, String label, long events, Map<String, Long> types, Map<Integer, Long> quads, double sum) {
        assertEquals(label, p.period());
        assertEquals(events, p.events(), label);
        assertEquals(types, p.byType(), label);
        assertEquals(quads, p.byQuadClass(), label);
        assertEquals(sum, p.goldsteinSum(), EPS, label);
        assertEquals(events == 0 ? 0 : sum / events, p.goldsteinMean(), EPS, label);
    }

    @Test
    void yearlySeriesByEventDate() {
        List<DyadPoint> s = store.dyadSeries(dyad("USA", "PAK", Period.YEAR, false, DateAxis.EVENT));
        assertEquals(2, s.size());
        assertPoint(s.get(0), "2018", 3, Map.of("SANCTION", 2L, "ACCUSE", 1L), Map.of(4, 2L, 3, 1L), -13.2);
        assertEquals(LocalDate.of(2018, 1, 1), s.get(0).periodStart());
        assertPoint(s.get(1), "2019", 2, Map.of("AID", 1L, "COOPERATE", 1L), Map.of(2, 2L), 13.8);
    }

    @Test
    void quarterlySeriesFillsEmptyQuarters() {
        List<DyadPoint> s = store.dyadSeries(dyad("PAK", "USA", Period.QUARTER, false, DateAxis.EVENT));
        assertEquals(List.of("2018-Q1", "2018-Q2", "2018-Q3", "2018-Q4", "2019-Q1", "2019-Q2", "2019-Q3"), s.stream().map(DyadPoint::period).toList());
        assertPoint(s.get(0), "2018-Q1", 2, Map.of("SANCTION", 1L, "ACCUSE", 1L), Map.of(4, 1L, 3, 1L), -7.6);
        assertPoint(s.get(1), "2018-Q2", 0, Map.of(), Map.of(), 0);
        assertPoint(s.get(3), "2018-Q4", 1, Map.of("SANCTION", 1L), Map.of(4, 1L), -5.6);
        assertPoint(s.get(4), "2019-Q1", 1, Map.of("AID", 1L), Map.of(2, 1L), 7.4);
        assertEquals(LocalDate.of(2019, 7, 1), s.get(6).periodStart());
    }

    @Test
    void monthlySeriesWithinARange() {
        DyadQuery q = new DyadQuery(ActorCode.of("USA"), ActorCode.of("PAK"), Period.MONTH, false, DateAxis.EVENT,
                LocalDate.of(2018, 3, 1), LocalDate.of(2018, 12, 31), Set.of());
        List<DyadPoint> s = store.dyadSeries(q);
        assertEquals(10, s.size());
        assertEquals("2018-03", s.get(0).period());
        assertEquals("2018-12", s.get(9).period());
        assertPoint(s.get(0), "2018-03", 1, Map.of("ACCUSE", 1L), Map.of(3, 1L), -2.0);
        assertPoint(s.get(8), "2018-11", 1, Map.of("SANCTION", 1L), Map.of(4, 1L), -5.6);
        assertEquals(2, s.stream().mapToLong(DyadPoint::events).sum());
    }

    @Test
    void monthlySeriesSpansFirstToLastMonth() {
        List<DyadPoint> s = store.dyadSeries(dyad("USA", "PAK", Period.MONTH, false, DateAxis.EVENT));
        assertEquals(19, s.size());
        assertEquals("2018-01", s.get(0).period());
        assertEquals("2019-07", s.get(18).period());
        assertEquals(5, s.stream().mapToLong(DyadPoint::events).sum());
    }

    @Test
    void publicationAxisBucketsByArticleDate() {
        List<DyadPoint> s = store.dyadSeries(dyad("USA", "PAK", Period.YEAR, false, DateAxis.PUBLICATION));
        assertPoint(s.get(0), "2018", 2, Map.of("SANCTION", 1L, "ACCUSE", 1L), Map.of(4, 1L, 3, 1L), -7.6);
        assertPoint(s.get(1), "2019", 3, Map.of("SANCTION", 1L, "AID", 1L, "COOPERATE", 1L), Map.of(4, 1L, 2, 2L), 8.2);
    }

    @Test
    void directedAndExactSeries() {
        List<DyadPoint> directed = store.dyadSeries(dyad("PAK", "USA", Period.YEAR, true, DateAxis.EVENT));
        assertEquals(1, directed.size());
        assertPoint(directed.get(0), "2018", 1, Map.of("ACCUSE", 1L), Map.of(3, 1L), -2.0);
        List<DyadPoint> exact = store.dyadSeries(dyad("USAGOV", "PAKGOV", Period.YEAR, false, DateAxis.EVENT));
        assertEquals(1, exact.size());
        assertPoint(exact.get(0), "2018", 1, Map.of("SANCTION", 1L), Map.of(4, 1L), -5.6);
        assertEquals(List.of(), store.dyadSeries(dyad("USA", "CHN", Period.YEAR, false, DateAxis.EVENT)));
    }

    @Test
    void otherModalitiesOnRequest() {
        DyadQuery q = new DyadQuery(ActorCode.of("USA"), ActorCode.of("PAK"), Period.YEAR, false, DateAxis.EVENT, null, null,
                Set.of(Modality.NEGATED));
        List<DyadPoint> s = store.dyadSeries(q);
        assertEquals(1, s.size());
        assertPoint(s.get(0), "2019", 1, Map.of("THREATEN", 1L), Map.of(3, 1L), -7.0);
    }

    @Test
    void countryNetworkWeightsEdges() {
        Network n = store.network(new NetworkQuery(null, null, Set.of(), Set.of(), true, 1));
        assertEquals(List.of(new Network.Edge("PAK", "USA", 5, 2, 3, 0.6), new Network.Edge("CHN", "PAK", 1, 1, 0, 7.4)).toString(),
                rounded(n.edges()).toString());
        assertEquals(List.of(new Network.Node("PAK", "Pakistan", 6), new Network.Node("USA", "United States", 5),
                new Network.Node("CHN", "Government of China", 1)), n.nodes());
    }

    @Test
    void networkFilters() {
        Network strong = store.network(new NetworkQuery(null, null, Set.of(), Set.of(), true, 2));
        assertEquals(List.of("PAK", "USA"), strong.nodes().stream().map(Network.Node::code).toList());
        assertEquals(1, strong.edges().size());

        Network recent = store.network(new NetworkQuery(LocalDate.of(2019, 1, 1), null, Set.of(), Set.of(), true, 1));
        assertEquals(List.of(new Network.Edge("PAK", "USA", 2, 2, 0, 13.8)).toString(), rounded(recent.edges()).toString());
        assertEquals(List.of(new Network.Node("PAK", "Pakistan", 2), new Network.Node("USA", "United States", 2)), recent.nodes());

        Network sanctions = store.network(new NetworkQuery(null, null, Set.of(PloverType.SANCTION), Set.of(), true, 1));
        assertEquals(List.of(new Network.Edge("PAK", "USA", 2, 0, 2, -11.2)).toString(), rounded(sanctions.edges()).toString());

        Network codes = store.network(new NetworkQuery(null, null, Set.of(), Set.of(), false, 1));
        assertEquals(List.of("CHNGOV-PAK", "PAK-USA", "PAK-USAGOV", "PAK-USAMIL", "PAKGOV-USA", "PAKGOV-USAGOV", "PAKMIL-USAGOV"),
                codes.edges().stream().map(e -> e.a() + "-" + e.b()).toList());
        assertEquals(List.of(new Network.Node("PAK", "Pakistan", 3), new Network.Node("USAGOV", "Government of the United States", 3)),
                codes.nodes().subList(0, 2));

        assertEquals(new Network(List.of(), List.of()), store.network(new NetworkQuery(LocalDate.of(2030, 1, 1), null, Set.of(), Set.of(), true, 1)));
    }

    private static List<Network.Edge> rounded(List<Network.Edge> edges) {
        return edges.stream().map(e -> new Network.Edge(e.a(), e.b(), e.events(), e.cooperation(), e.conflict(),
                Math.round(e.goldsteinSum() * 1000) / 1000.0)).toList();
    }

    @Test
    void actorDetailAtCountryLevel() {
        ActorDetail d = store.actorDetail(ActorCode.of("PAK")).orElseThrow();
        assertEquals("Pakistan", d.name());
        assertEquals(3, d.mentions());
        assertEquals(1, d.asSource());
        assertEquals(5, d.asTarget()); // the negated threat is left out
        assertEquals(2, d.counterparts().size());
        ActorDetail.Counterpart usa = d.counterparts().get(0);
        assertEquals("USA", usa.code());
        assertEquals("United States", usa.name());
        assertEquals(5, usa.events());
        assertEquals(2, usa.cooperation());
        assertEquals(3, usa.conflict());
        assertEquals(0.6, usa.goldsteinSum(), EPS);
        assertEquals("CHN", d.counterparts().get(1).code());
        assertEquals(List.of("2018-01", "2018-03", "2018-11", "2019-02", "2019-07"), d.activity().stream().map(ActorDetail.ActivityPoint::period).toList());
        ActorDetail.ActivityPoint march = d.activity().get(1);
        assertEquals(2, march.events());
        assertEquals(1, march.cooperation());
        assertEquals(1, march.conflict());
        assertEquals(5.4, march.goldsteinSum(), EPS);
    }

    @Test
    void actorDetailForAnExactCode() {
        ActorDetail d = store.actorDetail(ActorCode.of("USAGOV")).orElseThrow();
        assertEquals("Government of the United States", d.name());
        assertEquals(1, d.mentions());
        assertEquals(3, d.asSource());
        assertEquals(0, d.asTarget());
        assertEquals(List.of("PAK", "PAKGOV", "PAKMIL"), d.counterparts().stream().map(ActorDetail.Counterpart::code).toList());
        assertTrue(store.actorDetail(ActorCode.of("FRA")).isEmpty());
    }

    @Test
    void topDyadsTypeMixAndPeriod() {
        List<DyadSummary> top = store.topDyads(10);
        assertEquals(2, top.size());
        assertEquals("PAK", top.get(0).a());
        assertEquals("Pakistan", top.get(0).aName());
        assertEquals("USA", top.get(0).b());
        assertEquals("United States", top.get(0).bName());
        assertEquals(5, top.get(0).events());
        assertEquals(List.of("CHN", "PAK", 1L), List.of(top.get(1).a(), top.get(1).b(), top.get(1).events()));
        assertEquals(1, store.topDyads(1).size());

        assertEquals(List.of(new TypeCount("AID", 2), new TypeCount("SANCTION", 2), new TypeCount("ACCUSE", 1), new TypeCount("COOPERATE", 1)),
                store.typeMix());
        assertEquals(8, store.typeMix(EnumSet.allOf(Modality.class)).stream().mapToLong(TypeCount::events).sum());

        assertEquals(new EventPeriod(LocalDate.of(2018, 1, 4), LocalDate.of(2019, 7, 22), 7, 1), store.period().orElseThrow());
    }

    @Test
    void emptyStoreAnswersEmpty() {
        try (DuckDbEventStore empty = DuckDbEventStore.open(dir.resolve("empty.duckdb"))) {
            assertTrue(empty.period().isEmpty());
            assertEquals(List.of(), empty.typeMix());
            assertEquals(List.of(), empty.topDyads(5));
            assertEquals(List.of(), empty.actors(10, 0));
            assertEquals(List.of(), empty.dyadSeries(dyad("USA", "PAK", Period.MONTH, false, DateAxis.EVENT)));
        }
    }
}
