package org.chancery.app.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.chancery.actor.ActorCode;
import org.chancery.actor.ActorMention;
import org.chancery.analytics.ActorSummary;
import org.chancery.analytics.DyadPoint;
import org.chancery.analytics.DyadQuery;
import org.chancery.analytics.EventQuery;
import org.chancery.analytics.Network;
import org.chancery.analytics.NetworkQuery;
import org.chancery.analytics.Period;
import org.chancery.analytics.StoredDocument;
import org.chancery.coding.EventActor;
import org.chancery.coding.Modality;
import org.chancery.model.Sentence;
import org.chancery.ontology.PloverType;
import org.chancery.pipeline.EventRecord;
import org.chancery.pipeline.EventStore;
import org.chancery.store.ActorDetail;
import org.chancery.store.DuckDbEventStore;
import org.chancery.store.DyadSummary;
import org.chancery.store.EventPeriod;
import org.chancery.store.TypeCount;

/**
 * Answers the API's questions from an {@link EventStore} and shapes the answers as JSON-ready maps.
 * Uses {@link DuckDbEventStore}'s own aggregations when given one (exact at any size), else the
 * {@link EventStore} port's generic queries. Holds no state besides the store; as thread-safe as the
 * store it reads.
 */
final class StoreReader {
    /** Events scanned at most for in-memory aggregations (actor activity, period covered). */
    static final int SCAN_LIMIT = 10_000;
    static final Set<Modality> FACTS = facts();

    private final EventStore store;

    StoreReader(EventStore store) {
        this.store = store;
    }

    private static Set<Modality> facts() {
        Set<Modality> s = EnumSet.noneOf(Modality.class);
        for (Modality m : Modality.values()) {
            if (m.countsAsFact()) {
                s.add(m);
            }
        }
        return s;
    }

    // ---- documents

    long documentCount() {
        return store.documentCount();
    }

    Map<String, Object> documents(int limit, int offset) {
        List<Object> items = new ArrayList<>();
        for (StoredDocument d : store.documents(limit, offset)) {
            items.add(documentSummary(d));
        }
        return page(store.documentCount(), limit, offset, items);
    }

    Map<String, Object> document(String id) {
        StoredDocument d = store.document(id).orElseThrow(() -> ApiException.notFound("id", "no document with id '" + id + "'"));
        List<Sentence> sentences = store.sentences(id);
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> doc = documentSummary(d);
        doc.put("text", d.text());
        m.put("document", doc);
        List<Object> ss = new ArrayList<>();
        for (Sentence s : sentences) {
            ss.add(Map.of("index", s.index(), "start", s.start(), "end", s.end()));
        }
        m.put("sentences", ss);
        List<Object> mentions = new ArrayList<>();
        for (ActorMention am : store.mentions(id)) {
            Map<String, Object> mm = new LinkedHashMap<>();
            mm.put("sentence", am.sentenceIndex());
            mm.put("start", am.start());
            mm.put("end", am.end());
            mm.put("text", am.text());
            mm.put("code", am.code().value());
            mm.put("name", am.name());
            mm.put("basis", am.basis().name());
            mm.put("entry", am.entry());
            mm.put("locative", am.locative());
            mentions.add(mm);
        }
        m.put("mentions", mentions);
        List<Object> events = new ArrayList<>();
        EventQuery q = new EventQuery(id, null, null, null, false, Set.of(), null, null, Set.of(), null, SCAN_LIMIT, 0);
        for (EventRecord r : store.events(q)) {
            events.add(EventView.contract(r, sentenceAt(sentences, r.event().sentenceIndex())));
        }
        m.put("events", events);
        return m;
    }

    private static Map<String, Object> documentSummary(StoredDocument d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("doc_id", d.docId());
        m.put("title", d.title());
        m.put("url", d.url());
        m.put("source", d.source());
        m.put("author", d.author());
        m.put("published", d.published() == null || d.published().date() == null ? null : d.published().date().toString());
        m.put("published_basis", d.published() == null ? null : d.published().basis().name());
        m.put("sentences", d.sentences());
        m.put("tokens", d.tokens());
        m.put("mentions", d.mentions());
        m.put("events", d.events());
        m.put("ingested_at", d.ingestedAt() == null ? null : d.ingestedAt().toString());
        return m;
    }

    // ---- events

    Map<String, Object> events(EventQuery q) {
        List<Object> items = new ArrayList<>();
        Map<String, List<Sentence>> sentenceCache = new HashMap<>();
        Map<String, Optional<StoredDocument>> docCache = new HashMap<>();
        for (EventRecord r : store.events(q)) {
            List<Sentence> ss = sentenceCache.computeIfAbsent(r.docId(), store::sentences);
            Map<String, Object> e = EventView.contract(r, sentenceAt(ss, r.event().sentenceIndex()));
            Optional<StoredDocument> d = docCache.computeIfAbsent(r.docId(), store::document);
            e.put("document", d.map(StoreReader::documentRef).orElse(null));
            items.add(e);
        }
        return page(store.countEvents(q), q.limit(), q.offset(), items);
    }

    Map<String, Object> event(String id) {
        EventRecord r = store.event(id).orElseThrow(() -> ApiException.notFound("id", "no event with id '" + id + "'"));
        Sentence s = sentenceAt(store.sentences(r.docId()), r.event().sentenceIndex());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event", EventView.contract(r, s));
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("rule", r.event().provenance().rule());
        x.put("dependency_path", r.event().provenance().dependencyPath());
        x.put("dictionary_entries", r.event().provenance().entries());
        x.put("dictionaries", r.event().provenance().dictionaries());
        x.put("version", r.event().provenance().version());
        List<Object> bases = new ArrayList<>();
        addBases(bases, "source", r.event().source());
        addBases(bases, "target", r.event().target());
        x.put("actors", bases);
        x.put("modality", r.event().modality().name());
        x.put("confidence", r.event().confidence());
        x.put("date", EventView.date(r.date()));
        x.put("sentence", s == null ? null : EventView.span(s.start(), s.end(), s.text()));
        m.put("explanation", x);
        m.put("document", store.document(r.docId()).map(StoreReader::documentRef).orElse(null));
        return m;
    }

    private static void addBases(List<Object> out, String role, List<EventActor> actors) {
        for (EventActor a : actors) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("role", role);
            m.put("code", a.code().value());
            m.put("name", a.name());
            m.put("text", a.text());
            m.put("start", a.start());
            m.put("end", a.end());
            m.put("basis", a.basis().name());
            m.put("entry", a.entry());
            out.add(m);
        }
    }

    private static Map<String, Object> documentRef(StoredDocument d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("doc_id", d.docId());
        m.put("title", d.title());
        m.put("published", d.published() == null || d.published().date() == null ? null : d.published().date().toString());
        return m;
    }

    private static Sentence sentenceAt(List<Sentence> sentences, int index) {
        if (index >= 0 && index < sentences.size() && sentences.get(index).index() == index) {
            return sentences.get(index);
        }
        for (Sentence s : sentences) {
            if (s.index() == index) {
                return s;
            }
        }
        return null;
    }

    // ---- actors

    Map<String, Object> actors(int limit, int offset) {
        List<ActorSummary> all = allActors();
        List<Object> items = new ArrayList<>();
        for (int i = offset; i < Math.min(all.size(), (long) offset + limit); i++) {
            items.add(actorJson(all.get(i)));
        }
        return page(all.size(), limit, offset, items);
    }

    /** Every actor, most active first (ties by code). */
    private List<ActorSummary> allActors() {
        List<ActorSummary> all = new ArrayList<>(store.actors(SCAN_LIMIT, 0));
        all.sort(Comparator.comparingLong((ActorSummary a) -> -(a.asSource() + a.asTarget()))
                .thenComparing(a -> -a.mentions()).thenComparing(ActorSummary::code));
        return all;
    }

    private static Map<String, Object> actorJson(ActorSummary a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", a.code());
        m.put("name", a.name());
        m.put("mentions", a.mentions());
        m.put("as_source", a.asSource());
        m.put("as_target", a.asTarget());
        m.put("events", a.asSource() + a.asTarget());
        return m;
    }

    Map<String, Object> actor(ActorCode code, Period period) {
        if (store instanceof DuckDbEventStore duck) {
            return actorFromDetail(duck, code, period);
        }
        return actorByScan(code, period);
    }

    /** Actor detail from the store's own aggregation (exact at any size); months are summed into quarters or years. */
    private Map<String, Object> actorFromDetail(DuckDbEventStore duck, ActorCode code, Period period) {
        ActorDetail d = duck.actorDetail(code)
                .orElseThrow(() -> ApiException.notFound("code", "no actor with code '" + code.value() + "' in the store"));
        EventQuery all = new EventQuery(null, code, null, null, false, Set.of(), null, null, Set.of(), null, 1, 0);
        EventQuery facts = new EventQuery(null, code, null, null, false, Set.of(), null, null, FACTS, null, 1, 0);
        long factEvents = store.countEvents(facts);
        TreeMap<LocalDate, long[]> buckets = new TreeMap<>();
        TreeMap<LocalDate, Double> gold = new TreeMap<>();
        long dated = 0;
        for (ActorDetail.ActivityPoint p : d.activity()) {
            LocalDate start = period.bucketStart(p.periodStart());
            long[] b = buckets.computeIfAbsent(start, k -> new long[3]);
            b[0] += p.events();
            b[1] += p.cooperation();
            b[2] += p.conflict();
            gold.merge(start, p.goldsteinSum(), Double::sum);
            dated += p.events();
        }
        List<Object> counterparts = new ArrayList<>();
        for (ActorDetail.Counterpart cp : d.counterparts()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", cp.code());
            m.put("name", cp.name());
            m.put("events", cp.events());
            m.put("cooperation", cp.cooperation());
            m.put("conflict", cp.conflict());
            m.put("goldstein_sum", cp.goldsteinSum());
            counterparts.add(m);
        }
        List<String> codes = new ArrayList<>();
        for (ActorSummary a : allActors()) {
            if (matches(ActorCode.of(a.code()), code.value(), code.value().length() <= 3)) {
                codes.add(a.code());
            }
        }
        Map<String, Object> actor = new LinkedHashMap<>();
        actor.put("code", d.code());
        actor.put("name", d.name());
        actor.put("codes", codes);
        actor.put("mentions", d.mentions());
        actor.put("events", store.countEvents(all));
        actor.put("fact_events", factEvents);
        actor.put("as_source", d.asSource());
        actor.put("as_target", d.asTarget());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("actor", actor);
        m.put("period", period.name().toLowerCase(java.util.Locale.ROOT));
        m.put("counterparts", counterparts);
        m.put("activity", activity(period, buckets, gold));
        m.put("undated_events", Math.max(0, factEvents - dated));
        return m;
    }

    private static List<Object> activity(Period period, TreeMap<LocalDate, long[]> buckets, Map<LocalDate, Double> gold) {
        List<Object> activity = new ArrayList<>();
        for (var e : buckets.entrySet()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("period", period.label(e.getKey()));
            m.put("period_start", e.getKey().toString());
            m.put("events", e.getValue()[0]);
            m.put("cooperation", e.getValue()[1]);
            m.put("conflict", e.getValue()[2]);
            m.put("goldstein_sum", gold.get(e.getKey()));
            activity.add(m);
        }
        return activity;
    }

    /** Actor detail from the port's generic queries, for stores without their own aggregation (scans at most SCAN_LIMIT events). */
    private Map<String, Object> actorByScan(ActorCode code, Period period) {
        String c = code.value();
        boolean country = c.length() <= 3;
        String name = null;
        long mentions = 0;
        List<String> codes = new ArrayList<>();
        for (ActorSummary a : allActors()) {
            boolean match = a.code().equals(c) || (country && a.code().length() > 3 && a.code().startsWith(c));
            if (match) {
                codes.add(a.code());
                mentions += a.mentions();
                if (name == null || a.code().equals(c)) {
                    name = a.name();
                }
            }
        }
        EventQuery all = new EventQuery(null, code, null, null, false, Set.of(), null, null, Set.of(), null, 1, 0);
        long total = store.countEvents(all);
        if (codes.isEmpty() && total == 0) {
            throw ApiException.notFound("code", "no actor with code '" + c + "' in the store");
        }
        EventQuery factsQ = new EventQuery(null, code, null, null, false, Set.of(), null, null, FACTS, null, SCAN_LIMIT, 0);
        List<EventRecord> events = store.events(factsQ);
        long asSource = 0;
        long asTarget = 0;
        TreeMap<LocalDate, long[]> buckets = new TreeMap<>();
        Map<LocalDate, Double> gold = new HashMap<>();
        long undated = 0;
        for (EventRecord r : events) {
            boolean src = r.event().source().stream().anyMatch(a -> matches(a.code(), c, country));
            boolean tgt = r.event().target().stream().anyMatch(a -> matches(a.code(), c, country));
            if (src) asSource++;
            if (tgt) asTarget++;
            LocalDate day = r.date().anchor();
            if (day == null) {
                undated++;
                continue;
            }
            LocalDate start = period.bucketStart(day);
            long[] b = buckets.computeIfAbsent(start, k -> new long[3]);
            b[0]++;
            if (r.event().cameo().quadClass() <= 2) b[1]++; else b[2]++;
            gold.merge(start, r.event().cameo().goldstein(), Double::sum);
        }
        List<Object> activity = activity(period, buckets, gold);
        Network net = store.network(new NetworkQuery(null, null, Set.of(), FACTS, country, 1));
        List<Object> counterparts = new ArrayList<>();
        List<Network.Edge> edges = new ArrayList<>(net.edges());
        edges.sort(Comparator.comparingLong((Network.Edge e) -> -e.events()).thenComparing(Network.Edge::a).thenComparing(Network.Edge::b));
        Map<String, String> names = new HashMap<>();
        for (Network.Node n : net.nodes()) {
            names.put(n.code(), n.name());
        }
        for (Network.Edge e : edges) {
            String other = e.a().equals(c) ? e.b() : e.b().equals(c) ? e.a() : null;
            if (other == null || other.equals(c)) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", other);
            m.put("name", names.get(other));
            m.put("events", e.events());
            m.put("cooperation", e.cooperation());
            m.put("conflict", e.conflict());
            m.put("goldstein_sum", e.goldsteinSum());
            counterparts.add(m);
        }
        Map<String, Object> actor = new LinkedHashMap<>();
        actor.put("code", c);
        actor.put("name", name == null ? names.get(c) : name);
        actor.put("codes", codes);
        actor.put("mentions", mentions);
        actor.put("events", total);
        actor.put("fact_events", events.size());
        actor.put("as_source", asSource);
        actor.put("as_target", asTarget);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("actor", actor);
        m.put("period", period.name().toLowerCase(java.util.Locale.ROOT));
        m.put("counterparts", counterparts);
        m.put("activity", activity);
        m.put("undated_events", undated);
        return m;
    }

    private static boolean matches(ActorCode code, String c, boolean country) {
        return country ? code.countryPart().equals(c) : code.value().equals(c);
    }

    // ---- dyads, network, overview

    Map<String, Object> dyadSeries(DyadQuery q) {
        List<DyadPoint> points = store.dyadSeries(q);
        long events = 0;
        double sum = 0;
        List<Object> ps = new ArrayList<>();
        for (DyadPoint p : points) {
            events += p.events();
            sum += p.goldsteinSum();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("period", p.period());
            m.put("period_start", p.periodStart().toString());
            m.put("period_end", periodEnd(q.period(), p.periodStart()).toString());
            m.put("events", p.events());
            m.put("by_type", new TreeMap<>(p.byType()));
            Map<String, Long> quads = new LinkedHashMap<>();
            for (int k = 1; k <= 4; k++) {
                quads.put(String.valueOf(k), p.byQuadClass().getOrDefault(k, 0L));
            }
            m.put("by_quad_class", quads);
            m.put("goldstein_sum", p.goldsteinSum());
            m.put("goldstein_mean", p.goldsteinMean());
            ps.add(m);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", q.a().value());
        m.put("b", q.b().value());
        m.put("period", q.period().name().toLowerCase(java.util.Locale.ROOT));
        m.put("axis", q.axis().name().toLowerCase(java.util.Locale.ROOT));
        m.put("directed", q.directed());
        m.put("modalities", (q.modalities().isEmpty() ? FACTS : q.modalities()).stream().map(Enum::name).sorted().toList());
        m.put("points", ps);
        m.put("events", events);
        // events of the dyad that this date axis cannot place (an article without a date, an act without one): listed, not charted
        EventQuery same = new EventQuery(null, null, q.a(), q.b(), q.directed(), Set.of(), null, null,
                q.modalities().isEmpty() ? FACTS : q.modalities(), null, 1, 0);
        m.put("undated_events", Math.max(0, store.countEvents(same) - events));
        m.put("goldstein_sum", sum);
        m.put("goldstein_mean", events == 0 ? 0.0 : sum / events);
        return m;
    }

    static LocalDate periodEnd(Period period, LocalDate start) {
        return switch (period) {
            case MONTH -> start.plusMonths(1).minusDays(1);
            case QUARTER -> start.plusMonths(3).minusDays(1);
            case YEAR -> start.plusYears(1).minusDays(1);
        };
    }

    Map<String, Object> network(NetworkQuery q) {
        Network net = store.network(q);
        List<Object> nodes = new ArrayList<>();
        for (Network.Node n : net.nodes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", n.code());
            m.put("name", n.name());
            m.put("events", n.events());
            nodes.add(m);
        }
        List<Object> edges = new ArrayList<>();
        for (Network.Edge e : net.edges()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("a", e.a());
            m.put("b", e.b());
            m.put("events", e.events());
            m.put("cooperation", e.cooperation());
            m.put("conflict", e.conflict());
            m.put("net", e.cooperation() - e.conflict());
            m.put("goldstein_sum", e.goldsteinSum());
            edges.add(m);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("level", q.countryLevel() ? "country" : "full");
        m.put("from", q.from() == null ? null : q.from().toString());
        m.put("to", q.to() == null ? null : q.to().toString());
        m.put("nodes", nodes);
        m.put("edges", edges);
        return m;
    }

    Map<String, Object> overview() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("documents", store.documentCount());
        EventQuery all = new EventQuery(null, null, null, null, false, Set.of(), null, null, Set.of(), null, 1, 0);
        m.put("events", store.countEvents(all));
        EventQuery facts = new EventQuery(null, null, null, null, false, Set.of(), null, null, FACTS, null, 1, 0);
        m.put("fact_events", store.countEvents(facts));
        Map<String, Long> counts = new java.util.HashMap<>();
        List<Object> dyads = new ArrayList<>();
        Map<String, Object> period = new LinkedHashMap<>();
        if (store instanceof DuckDbEventStore duck) {
            Optional<EventPeriod> p = duck.period();
            period.put("from", p.map(x -> x.first().toString()).orElse(null));
            period.put("to", p.map(x -> x.last().toString()).orElse(null));
            for (TypeCount tc : duck.typeMix(FACTS)) {
                counts.put(tc.type(), tc.events());
            }
            for (DyadSummary d : duck.topDyads(10)) {
                dyads.add(dyadJson(d.a(), d.b(), d.events(), d.cooperation(), d.conflict(), d.goldsteinSum()));
            }
        } else {
            overviewByScan(period, counts, dyads);
        }
        m.put("period", period);
        List<Object> mix = new ArrayList<>();
        for (PloverType t : PloverType.values()) {
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("type", t.name());
            tm.put("quad", t.quad().name());
            tm.put("events", counts.getOrDefault(t.name(), 0L));
            mix.add(tm);
        }
        m.put("type_mix", mix);
        List<Object> actors = new ArrayList<>();
        for (ActorSummary a : allActors().stream().limit(10).toList()) {
            actors.add(actorJson(a));
        }
        m.put("top_actors", actors);
        m.put("top_dyads", dyads);
        List<Object> docs = new ArrayList<>();
        for (StoredDocument d : store.documents(20, 0)) {
            docs.add(documentSummary(d));
        }
        m.put("recent_documents", docs);
        return m;
    }

    /** Period, type mix and top dyads from the port's generic queries (scans at most SCAN_LIMIT events for the period). */
    private void overviewByScan(Map<String, Object> period, Map<String, Long> counts, List<Object> dyads) {
        LocalDate first = null;
        LocalDate last = null;
        EventQuery all = new EventQuery(null, null, null, null, false, Set.of(), null, null, Set.of(), null, SCAN_LIMIT, 0);
        for (EventRecord r : store.events(all)) {
            LocalDate d = r.date().anchor();
            if (d == null) continue;
            if (first == null || d.isBefore(first)) first = d;
            if (last == null || d.isAfter(last)) last = d;
        }
        period.put("from", first == null ? null : first.toString());
        period.put("to", last == null ? null : last.toString());
        for (PloverType t : PloverType.values()) {
            EventQuery q = new EventQuery(null, null, null, null, false, Set.of(t), null, null, FACTS, null, 1, 0);
            long n = store.countEvents(q);
            if (n > 0) {
                counts.put(t.name(), n);
            }
        }
        Network net = store.network(new NetworkQuery(null, null, Set.of(), FACTS, true, 1));
        List<Network.Edge> edges = new ArrayList<>(net.edges());
        edges.sort(Comparator.comparingLong((Network.Edge e) -> -e.events()).thenComparing(Network.Edge::a).thenComparing(Network.Edge::b));
        for (Network.Edge e : edges.subList(0, Math.min(10, edges.size()))) {
            dyads.add(dyadJson(e.a(), e.b(), e.events(), e.cooperation(), e.conflict(), e.goldsteinSum()));
        }
    }

    private static Map<String, Object> dyadJson(String a, String b, long events, long cooperation, long conflict, double goldsteinSum) {
        Map<String, Object> dm = new LinkedHashMap<>();
        dm.put("a", a);
        dm.put("b", b);
        dm.put("events", events);
        dm.put("cooperation", cooperation);
        dm.put("conflict", conflict);
        dm.put("goldstein_sum", goldsteinSum);
        return dm;
    }

    private static Map<String, Object> page(long total, int limit, int offset, List<Object> items) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", total);
        m.put("limit", limit);
        m.put("offset", offset);
        m.put("items", items);
        return m;
    }
}
