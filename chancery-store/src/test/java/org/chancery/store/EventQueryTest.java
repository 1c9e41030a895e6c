package org.chancery.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.chancery.actor.ActorCode;
import org.chancery.analytics.EventQuery;
import org.chancery.coding.Modality;
import org.chancery.ontology.PloverType;
import org.chancery.pipeline.EventRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every filter of {@link EventQuery} on a store of two hand-built documents. Events are named by
 * their trigger: suspended, accused, pledged, visit (2018 article); cooperate, cut off, threaten,
 * funded (2019 article).
 */
class EventQueryTest {
    @TempDir
    static Path dir;
    static DuckDbEventStore store;

    @BeforeAll
    static void fill() {
        store = StoreFixtures.filledStore(dir.resolve("q.duckdb"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static EventQuery q(String docId, String actor, String dyadA, String dyadB, boolean directed, Set<PloverType> types,
                                LocalDate from, LocalDate to, Set<Modality> modalities, String text) {
        return new EventQuery(docId, actor == null ? null : ActorCode.of(actor), dyadA == null ? null : ActorCode.of(dyadA),
                dyadB == null ? null : ActorCode.of(dyadB), directed, types, from, to, modalities, text, 100, 0);
    }

    static Stream<Arguments> filters() {
        return Stream.of(
                Arguments.of("no filter", q(null, null, null, null, false, Set.of(), null, null, Set.of(), null),
                        List.of("suspended", "pledged", "accused", "cut off", "funded", "threaten", "cooperate", "visit")),
                Arguments.of("document", q("relations-2019", null, null, null, false, Set.of(), null, null, Set.of(), null),
                        List.of("cut off", "funded", "threaten", "cooperate")),
                Arguments.of("country-level actor", q(null, "PAK", null, null, false, Set.of(), null, null, Set.of(), null),
                        List.of("suspended", "pledged", "accused", "cut off", "funded", "threaten", "cooperate")),
                Arguments.of("exact actor", q(null, "PAKGOV", null, null, false, Set.of(), null, null, Set.of(), null),
                        List.of("suspended", "accused")),
                Arguments.of("actor as source only", q(null, "CHN", null, null, false, Set.of(), null, null, Set.of(), null),
                        List.of("pledged", "visit")),
                Arguments.of("dyad either direction", q(null, null, "USA", "PAK", false, Set.of(), null, null, Set.of(), null),
                        List.of("suspended", "accused", "cut off", "funded", "threaten", "cooperate")),
                Arguments.of("dyad directed", q(null, null, "USA", "PAK", true, Set.of(), null, null, Set.of(), null),
                        List.of("suspended", "cut off", "funded", "threaten", "cooperate")),
                Arguments.of("dyad directed backwards", q(null, null, "PAK", "USA", true, Set.of(), null, null, Set.of(), null),
                        List.of("accused")),
                Arguments.of("exact dyad", q(null, null, "USAGOV", "PAKGOV", false, Set.of(), null, null, Set.of(), null),
                        List.of("suspended")),
                Arguments.of("exact and country dyad", q(null, null, "USAGOV", "PAK", false, Set.of(), null, null, Set.of(), null),
                        List.of("suspended", "cut off", "funded")),
                Arguments.of("dyad in a period (intervals overlapping it)", q(null, null, "USA", "PAK", false, Set.of(), LocalDate.of(2018, 3, 1),
                        LocalDate.of(2018, 12, 31), Set.of(), null), List.of("accused", "cut off")),
                Arguments.of("dyad with a modality", q(null, null, "PAK", "USA", false, Set.of(), null, null, Set.of(Modality.NEGATED), null),
                        List.of("threaten")),
                Arguments.of("dyad in one document, one type", q("relations-2019", null, "USA", "PAK", false, Set.of(PloverType.SANCTION),
                        null, null, Set.of(), null), List.of("cut off")),
                Arguments.of("one type", q(null, null, null, null, false, Set.of(PloverType.AID), null, null, Set.of(), null),
                        List.of("pledged", "funded")),
                Arguments.of("two types", q(null, null, null, null, false, Set.of(PloverType.AID, PloverType.SANCTION), null, null, Set.of(), null),
                        List.of("suspended", "pledged", "cut off", "funded")),
                Arguments.of("from", q(null, null, null, null, false, Set.of(), LocalDate.of(2019, 1, 1), null, Set.of(), null),
                        List.of("funded", "threaten", "cooperate")),
                Arguments.of("to (an interval open at the start counts)", q(null, null, null, null, false, Set.of(), null, LocalDate.of(2018, 2, 1), Set.of(), null),
                        List.of("suspended", "accused")),
                Arguments.of("from and to overlap a month", q(null, null, null, null, false, Set.of(), LocalDate.of(2018, 11, 30), LocalDate.of(2019, 2, 1), Set.of(), null),
                        List.of("cut off", "funded")),
                Arguments.of("modality", q(null, null, null, null, false, Set.of(), null, null, Set.of(Modality.REPORTED), null),
                        List.of("accused")),
                Arguments.of("modalities", q(null, null, null, null, false, Set.of(), null, null, Set.of(Modality.PLANNED, Modality.NEGATED), null),
                        List.of("threaten", "visit")),
                Arguments.of("text, any case", q(null, null, null, null, false, Set.of(), null, null, Set.of(), "MILITARY Aid"),
                        List.of("suspended", "cut off")),
                Arguments.of("text with a quote and SQL wildcard", q(null, null, null, null, false, Set.of(), null, null, Set.of(), "\"small\""),
                        List.of("funded")),
                Arguments.of("percent is no wildcard", q(null, null, null, null, false, Set.of(), null, null, Set.of(), "%"),
                        List.of()),
                Arguments.of("everything at once", q("relations-2019", "USAGOV", "USA", "PAK", true, Set.of(PloverType.AID),
                        LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), Set.of(Modality.HABITUAL), "pentagon"),
                        List.of("funded")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void filterKeepsExactlyTheseEventsInOrder(String name, EventQuery query, List<String> triggers) {
        assertEquals(triggers, store.events(query).stream().map(e -> e.event().triggerText()).toList());
        assertEquals(triggers.size(), store.countEvents(query));
    }

    @Test
    void pagesFollowTheStableOrder() {
        EventQuery page = new EventQuery(null, null, null, null, false, Set.of(), null, null, Set.of(), null, 3, 2);
        assertEquals(List.of("accused", "cut off", "funded"), store.events(page).stream().map(e -> e.event().triggerText()).toList());
        assertEquals(8, store.countEvents(page));
        EventQuery last = new EventQuery(null, null, null, null, false, Set.of(), null, null, Set.of(), null, 3, 6);
        assertEquals(List.of("cooperate", "visit"), store.events(last).stream().map(e -> e.event().triggerText()).toList());
    }

    @Test
    void eventsWithSentencesCarryTheEvidence() {
        List<StoredEvent> events = store.eventsWithSentences(q(null, null, null, null, false, Set.of(PloverType.COOPERATE), null, null, Set.of(), null));
        assertEquals(1, events.size());
        EventRecord r = events.get(0).record();
        assertEquals("The United States and Pakistan agreed on 22 July 2019 to cooperate on trade.", events.get(0).sentence().text());
        assertEquals(0, events.get(0).sentence().start());
        assertEquals("cooperate", events.get(0).sentence().text().substring(r.event().trigger().start(), r.event().trigger().end()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void dyadPagesFromTheAnalyticsTableEqualTheGeneralPath(String name, EventQuery query, List<String> triggers) {
        if (query.dyadA() == null || query.actor() != null) {
            return;
        }
        // the same query with an actor filter every dyad event passes takes the general path
        EventQuery general = new EventQuery(query.docId(), query.dyadA().countryPart().equals("USA") ? ActorCode.of("USA") : ActorCode.of("PAK"),
                query.dyadA(), query.dyadB(), query.directed(), query.types(), query.from(), query.to(), query.modalities(), query.text(),
                query.limit(), query.offset());
        assertEquals(store.eventsWithSentences(general), store.eventsWithSentences(query));
        assertEquals(store.countEvents(general), store.countEvents(query));
        for (int offset = 0; offset < 4; offset++) {
            EventQuery page = new EventQuery(query.docId(), null, query.dyadA(), query.dyadB(), query.directed(), query.types(), query.from(),
                    query.to(), query.modalities(), query.text(), 2, offset);
            EventQuery generalPage = new EventQuery(general.docId(), general.actor(), query.dyadA(), query.dyadB(), query.directed(),
                    query.types(), query.from(), query.to(), query.modalities(), query.text(), 2, offset);
            assertEquals(store.events(generalPage), store.events(page), "offset " + offset);
        }
    }
}
