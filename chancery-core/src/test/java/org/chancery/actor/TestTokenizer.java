package org.chancery.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.model.AnnotatedDocument;
import org.chancery.model.Dependency;
import org.chancery.model.Document;
import org.chancery.model.DocumentMetadata;
import org.chancery.model.PublicationDate;
import org.chancery.model.PublicationDateBasis;
import org.chancery.model.Sentence;
import org.chancery.model.Token;

/**
 * A small test-only tokenizer that behaves like CoreNLP's where it matters to actor resolution:
 * "’s" is split off, abbreviations such as "U.S." stay whole, hyphenated words ("U.S.-Pakistan",
 * "anti-India", "Russia-") stay one token. POS tags are a rough guess from a few word lists.
 */
final class TestTokenizer {
    private static final String ABBR = "(?:\\p{L}\\.){2,}|(?:\\p{Lu}\\.)+\\p{Lu}(?![\\p{L}])";
    private static final String WORD = "[\\p{L}\\p{N}]+(?:['’](?![sS]\\b)\\p{L}+)*";
    private static final String PART = "(?:" + ABBR + "|" + WORD + ")";
    private static final Pattern TOKEN = Pattern.compile(
            "(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov|St|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|No)\\.(?=\\s)"
            + "|\\p{Lu}\\.(?=\\s+\\p{Lu})"
            + "|" + PART + "(?:[-‐–]" + PART + "?)*"
            + "|" + "['’][sS]\\b"
            + "|" + "\\S");
    private static final Set<String> DT = Set.of("the", "a", "an", "this", "that", "these", "those", "some", "any", "no", "each", "every", "both");
    private static final Set<String> IN = Set.of("in", "of", "to", "from", "at", "on", "by", "with", "for", "about", "against", "into",
            "over", "under", "between", "among", "after", "before", "during", "through", "toward", "towards", "near", "across",
            "around", "within", "without", "via", "than", "as", "since", "despite", "while", "because", "if", "whether");
    private static final Set<String> CC = Set.of("and", "or", "but", "nor");
    private static final Set<String> PRP = Set.of("it", "he", "she", "they", "we", "i", "you", "him", "them", "us", "me");
    private static final Set<String> PRPS = Set.of("its", "his", "her", "their", "our", "my", "your");
    private static final Set<String> MD = Set.of("will", "would", "can", "could", "may", "might", "must", "should", "shall");
    private static final Set<String> VB = Set.of("is", "was", "are", "were", "be", "been", "has", "have", "had", "said", "says",
            "say", "do", "does", "did", "vetoed", "met", "visited", "told", "warned", "urged", "signed", "rejected", "sent",
            "announced", "accused", "wants", "want", "called", "seeks", "sought", "held", "made", "gave", "took", "blocked",
            "threatened", "agreed", "condemned", "supports", "supported", "backed", "criticized", "criticised", "feels", "believe",
            "believes", "remain", "remains", "needs", "need", "know", "knows", "see", "sees", "used", "uses", "launched", "killed");
    private static final Set<String> JJ = Set.of("senior", "top", "new", "high-ranking", "civilian", "military", "current", "chief",
            "key", "several", "many", "local", "national", "federal", "foreign", "regional", "growing", "strong", "own", "main",
            "special", "powerful", "bilateral", "strategic", "political", "economic", "previous", "recent", "former");

    private TestTokenizer() {
    }

    static AnnotatedDocument document(String id, String text, LocalDate published) {
        DocumentMetadata md = published == null ? DocumentMetadata.empty()
                : DocumentMetadata.empty().withPublished(PublicationDate.of(published, PublicationDateBasis.OVERRIDE, "test"));
        Document d = new Document(id, text, null, md);
        List<Sentence> sentences = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String tok = m.group();
            int between = current.isEmpty() ? -1 : current.get(current.size() - 1).end();
            if (!current.isEmpty() && text.substring(between, m.start()).contains("\n")) {
                flush(text, current, sentences);
            }
            current.add(token(current.size(), tok, m.start(), m.end()));
            if ((tok.equals(".") || tok.equals("?") || tok.equals("!"))) {
                flush(text, current, sentences);
            }
        }
        flush(text, current, sentences);
        return new AnnotatedDocument(d, sentences);
    }

    static AnnotatedDocument document(String text, LocalDate published) {
        return document("test", text, published);
    }

    /** A one-sentence document with dependencies given as (governor, dependent, relation) triples over token indices. */
    static AnnotatedDocument parsed(String text, LocalDate published, List<Dependency> deps) {
        AnnotatedDocument d = document(text, published);
        Sentence s = d.sentences().get(0);
        Sentence p = new Sentence(0, s.start(), s.end(), s.text(), s.tokens(), deps, true, List.of());
        return new AnnotatedDocument(d.document(), List.of(p));
    }

    private static void flush(String text, List<Token> current, List<Sentence> sentences) {
        if (current.isEmpty()) {
            return;
        }
        int start = current.get(0).start();
        int end = current.get(current.size() - 1).end();
        sentences.add(new Sentence(sentences.size(), start, end, text.substring(start, end), List.copyOf(current), List.of(), false, List.of()));
        current.clear();
    }

    private static Token token(int index, String text, int start, int end) {
        String lower = text.toLowerCase(Locale.ROOT);
        String pos;
        if (DT.contains(lower)) {
            pos = "DT";
        } else if (IN.contains(lower)) {
            pos = "IN";
        } else if (CC.contains(lower)) {
            pos = "CC";
        } else if (PRP.contains(lower)) {
            pos = "PRP";
        } else if (PRPS.contains(lower)) {
            pos = "PRP$";
        } else if (MD.contains(lower)) {
            pos = "MD";
        } else if (VB.contains(lower)) {
            pos = "VBD";
        } else if (lower.equals("'s") || lower.equals("’s")) {
            pos = "POS";
        } else if (!Character.isLetterOrDigit(text.charAt(0))) {
            pos = text;
        } else if (Character.isUpperCase(text.charAt(0)) && index > 0) {
            pos = "NNP";
        } else if (lower.endsWith("ly") && lower.length() > 4) {
            pos = "RB";
        } else if (JJ.contains(lower) || lower.matches(".*(al|ic|ive|ous|ian|ese|ish|ary|ful|less|ant|ent)$")) {
            pos = "JJ";
        } else if (lower.endsWith("ed")) {
            pos = "VBD";
        } else if (lower.endsWith("s")) {
            pos = "NNS";
        } else if (Character.isUpperCase(text.charAt(0))) {
            pos = "NNP";
        } else {
            pos = "NN";
        }
        return new Token(index, text, lower, pos, "O", start, end);
    }
}
