package org.chancery.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.chancery.model.AnnotatedDocument;
import org.chancery.model.Document;
import org.chancery.model.DocumentMetadata;
import org.chancery.model.Sentence;
import org.chancery.model.Token;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Properties every output must have, on awkward tokens and on many varied texts, also under concurrency. */
class ResolverInvariantsTest {

    static void assertWellFormed(AnnotatedDocument doc, List<ActorMention> ms) {
        String text = doc.document().text();
        ActorMention prev = null;
        for (ActorMention m : ms) {
            assertEquals(m.text(), text.substring(m.start(), m.end()), m.toString());
            Sentence s = doc.sentences().get(m.sentenceIndex());
            assertTrue(m.tokenEnd() <= s.tokens().size(), m.toString());
            assertTrue(s.tokens().get(m.tokenStart()).start() <= m.start() && m.end() <= s.tokens().get(m.tokenEnd() - 1).end(), m.toString());
            if (prev != null && prev.sentenceIndex() == m.sentenceIndex()) {
                assertTrue(prev.end() <= m.start(), prev + " overlaps " + m);
            }
            assertTrue(prev == null || prev.sentenceIndex() <= m.sentenceIndex(), "out of order: " + m);
            prev = m;
        }
    }

    @Test
    void awkwardTokensDoNotBreakResolution() {
        String text = "-LRB- Pakistan --- - ’s US$ ( Sino- ) x";
        List<Token> toks = new ArrayList<>();
        int[][] spans = {{0, 5}, {6, 14}, {15, 18}, {19, 20}, {21, 23}, {24, 27}, {28, 29}, {30, 35}, {36, 37}, {38, 39}};
        String[] texts = {"(", "Pakistan", "---", "-", "’s", "US$", "(", "Sino-", ")", ""};
        for (int i = 0; i < spans.length; i++) {
            toks.add(new Token(i, texts[i], texts[i].toLowerCase(), "NN", "O", spans[i][0], spans[i][1] - (texts[i].isEmpty() ? 1 : 0)));
        }
        Sentence s = new Sentence(0, 0, text.length(), text, toks, List.of(), false, List.of());
        AnnotatedDocument doc = new AnnotatedDocument(new Document("odd", text, null, DocumentMetadata.empty()), List.of(s));
        List<ActorMention> ms = Fixtures.resolver().resolve(doc);
        assertWellFormed(doc, ms);
        assertEquals(List.of("Pakistan=PAK", "Sino=CHN"), ms.stream().map(m -> m.text() + "=" + m.code()).toList());
    }

    @Test
    void manyVariedTextsGiveWellFormedMentionsInParallel() throws Exception {
        Path file = SeedMeasurementTest.EVAL.resolve("eval/dev/plover-gsr/PLOVER_GSR_dev.json");
        Assumptions.assumeTrue(Files.isRegularFile(file), "no PLOVER file at " + file);
        JsonNode all = new ObjectMapper().readTree(file.toFile());
        List<AnnotatedDocument> docs = new ArrayList<>();
        for (JsonNode item : all) {
            String t = item.path("text").asText("");
            if (!t.isEmpty()) {
                docs.add(TestTokenizer.document("p" + docs.size(), t, LocalDate.of(2005, 1, 1)));
            }
        }
        DictionaryActorResolver r = Fixtures.resolver();
        List<List<ActorMention>> sequential = new ArrayList<>();
        for (AnnotatedDocument d : docs) {
            sequential.add(r.resolve(d));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ActorMention>>> futures = new ArrayList<>();
            for (AnnotatedDocument d : docs) {
                futures.add(pool.submit(() -> r.resolve(d)));
            }
            for (int i = 0; i < docs.size(); i++) {
                List<ActorMention> ms = futures.get(i).get();
                assertEquals(sequential.get(i), ms, "same result in parallel for doc " + i);
                assertWellFormed(docs.get(i), ms);
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(sequential.stream().mapToInt(List::size).sum() > docs.size(), "mentions found");
    }

    @Test
    void seedsGiveWellFormedMentions() throws IOException {
        Path seeds = SeedMeasurementTest.EVAL.resolve("corpus/seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "no seeds at " + seeds);
        try (var list = Files.list(seeds)) {
            for (Path p : list.filter(x -> x.toString().endsWith(".txt")).toList()) {
                AnnotatedDocument d = TestTokenizer.document(p.getFileName().toString(), Files.readString(p), null);
                assertWellFormed(d, Fixtures.resolver().resolve(d));
            }
        }
    }
}
