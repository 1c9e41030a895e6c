package org.chancery.temporal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.actor.ActorCode;
import org.chancery.actor.ResolutionBasis;
import org.chancery.coding.CodedEvent;
import org.chancery.coding.EventActor;
import org.chancery.coding.Modality;
import org.chancery.coding.Provenance;
import org.chancery.model.AnnotatedDocument;
import org.chancery.model.Dependency;
import org.chancery.model.Document;
import org.chancery.model.DocumentMetadata;
import org.chancery.model.PublicationDate;
import org.chancery.model.PublicationDateBasis;
import org.chancery.model.Sentence;
import org.chancery.model.Span;
import org.chancery.model.TimeExpression;
import org.chancery.model.Token;
import org.chancery.ontology.CameoCode;
import org.chancery.ontology.PloverType;

/**
 * Builds small annotated documents by hand for tests: tokens written as {@code word/TAG}, dependencies
 * as {@code rel(governor,dependent)} with 0-based token indices ({@code -1} for the root). Time
 * expressions come from the {@link GrammarTimeTagger} with the publication date as reference.
 */
final class HandParsedDocument {
    private static final Pattern EDGE = Pattern.compile("([a-z:]+)\\((-?\\d+),(\\d+)\\)");
    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "'s", ")");

    private final LocalDate published;
    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();
    private final TimeTagger tagger = new GrammarTimeTagger();

    HandParsedDocument(LocalDate published) {
        this.published = published;
    }

    /** Adds a sentence; {@code deps} may be empty for an unparsed sentence. */
    HandParsedDocument sentence(String tagged, String deps) {
        if (text.length() > 0) {
            text.append(' ');
        }
        int sentenceStart = text.length();
        List<Token> tokens = new ArrayList<>();
        for (String item : tagged.trim().split("\\s+")) {
            int slash = item.lastIndexOf('/');
            String word = item.substring(0, slash);
            String pos = item.substring(slash + 1);
            if (!tokens.isEmpty() && !NO_SPACE_BEFORE.contains(word)) {
                text.append(' ');
            }
            int start = text.length();
            text.append(word);
            tokens.add(new Token(tokens.size(), word, word.toLowerCase(), pos, "O", start, text.length()));
        }
        List<Dependency> edges = new ArrayList<>();
        Matcher m = EDGE.matcher(deps);
        while (m.find()) {
            edges.add(new Dependency(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(1)));
        }
        String sentenceText = text.substring(sentenceStart);
        List<TimeExpression> times = tagger.tag(sentenceText, sentenceStart, published);
        sentences.add(new Sentence(sentences.size(), sentenceStart, text.length(), sentenceText, tokens, edges,
                !edges.isEmpty(), times));
        return this;
    }

    AnnotatedDocument build() {
        PublicationDate pub = published == null ? PublicationDate.unknown()
                : PublicationDate.of(published, PublicationDateBasis.METADATA, "test");
        Document doc = new Document("hand", text.toString(), null, DocumentMetadata.empty().withPublished(pub));
        return new AnnotatedDocument(doc, sentences);
    }

    /** An event whose trigger is token {@code token} of sentence {@code sentence}. */
    static CodedEvent event(AnnotatedDocument doc, int sentence, int token) {
        Token t = doc.sentences().get(sentence).tokens().get(token);
        EventActor actor = new EventActor(ActorCode.of("RUS"), "Russia", "Russia", 0, 6, ResolutionBasis.DICTIONARY, "test");
        return new CodedEvent(sentence, new Span(t.start(), t.end()), t.text(), token, List.of(actor), List.of(),
                PloverType.values()[0], null, List.of(), new CameoCode("01", "test", 0.0, 1), List.of(), Modality.values()[0],
                0.5, new Provenance("test", "-", List.of(), "test", "test"));
    }
}
