package org.chancery.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.chancery.annotate.Annotator;
import org.chancery.annotate.ParseGate;
import org.chancery.model.AnnotatedDocument;
import org.chancery.model.Dependency;
import org.chancery.model.Document;
import org.chancery.model.Sentence;
import org.chancery.model.TimeExpression;
import org.chancery.model.Token;
import org.chancery.temporal.TimeTagger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CoreNLP implementation of {@link Annotator}: tokenize, ssplit, POS, lemma, coarse NER (the
 * 3-class CRF model; no fine-grained NER, no SUTime, no numeric classifiers), then the neural
 * dependency parser (enhanced++ UD) only on sentences the {@link ParseGate} selects and that are no
 * longer than {@link CoreNlpSettings#maxParseTokens()}. Time expressions come from our own
 * {@link TimeTagger}, anchored at the document's publication date.
 *
 * <p>Sentence splitting follows the layout: text written one paragraph per line breaks sentences at
 * every newline (titles and headings stay apart from the body); hard-wrapped text breaks only at
 * blank lines.
 *
 * <p>Loading takes ~10 s and ~1.5 GB of heap; build one per JVM. Thread-safe: CoreNLP's annotators
 * are safe to share once constructed.
 */
public final class CoreNlpAnnotator implements Annotator {
    private static final Logger LOG = LoggerFactory.getLogger(CoreNlpAnnotator.class);
    private static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    private final CoreNlpSettings settings;
    private final TimeTagger timeTagger;
    private final ParseGate gate;
    private final StanfordCoreNLP splitAtNewlines;
    private final StanfordCoreNLP splitAtBlankLines;
    private final StanfordCoreNLP tagger;
    private final StanfordCoreNLP parser;

    public CoreNlpAnnotator(CoreNlpSettings settings, TimeTagger timeTagger, ParseGate gate) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.timeTagger = Objects.requireNonNull(timeTagger, "timeTagger");
        this.gate = Objects.requireNonNull(gate, "gate");
        long t0 = System.nanoTime();
        this.splitAtNewlines = new StanfordCoreNLP(splitProps("always"));
        this.splitAtBlankLines = new StanfordCoreNLP(splitProps("two"));
        Properties tag = new Properties();
        tag.setProperty("annotators", "pos,lemma,ner");
        tag.setProperty("enforceRequirements", "false");
        tag.setProperty("ner.model", NER_MODEL);
        tag.setProperty("ner.applyFineGrained", "false");
        tag.setProperty("ner.useSUTime", "false");
        tag.setProperty("ner.applyNumericClassifiers", "false");
        tag.setProperty("ner.buildEntityMentions", "false");
        tag.setProperty("ner.combinationMode", "NORMAL");
        tag.setProperty("threads", Integer.toString(settings.threads()));
        this.tagger = new StanfordCoreNLP(tag);
        Properties parse = new Properties();
        parse.setProperty("annotators", "depparse");
        parse.setProperty("enforceRequirements", "false");
        parse.setProperty("threads", Integer.toString(settings.threads()));
        this.parser = new StanfordCoreNLP(parse);
        LOG.info("CoreNLP loaded in {} ms: {}", (System.nanoTime() - t0) / 1_000_000, describe());
    }

    private static Properties splitProps(String newlinePolicy) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
        p.setProperty("ssplit.newlineIsSentenceBreak", newlinePolicy);
        return p;
    }

    @Override
    public String describe() {
        return "CoreNLP 4.5.10 tokenize,ssplit,pos,lemma,ner(3class),depparse(enhanced++, gated, <=" + settings.maxParseTokens() + " tokens)";
    }

    @Override
    public AnnotatedDocument annotate(Document document) {
        String text = document.text();
        if (text.length() > settings.maxDocumentChars()) {
            throw new IllegalArgumentException("document " + document.id() + " has " + text.length()
                    + " characters, more than the limit of " + settings.maxDocumentChars());
        }
        Annotation ann = new Annotation(text);
        (looksHardWrapped(text) ? splitAtBlankLines : splitAtNewlines).annotate(ann);
        tagger.annotate(ann);
        List<CoreMap> coreSentences = ann.get(CoreAnnotations.SentencesAnnotation.class);

        List<List<Token>> tokensPerSentence = new ArrayList<>(coreSentences.size());
        List<CoreMap> toParse = new ArrayList<>();
        boolean[] parse = new boolean[coreSentences.size()];
        for (int i = 0; i < coreSentences.size(); i++) {
            CoreMap cs = coreSentences.get(i);
            List<Token> tokens = tokens(cs, text);
            tokensPerSentence.add(tokens);
            if (tokens.size() > settings.maxParseTokens()) {
                LOG.warn("{}: sentence {} has {} tokens (limit {}); not parsed", document.id(), i, tokens.size(), settings.maxParseTokens());
            } else if (!tokens.isEmpty() && gate.shouldParse(tokens)) {
                parse[i] = true;
                toParse.add(cs);
            }
        }
        if (!toParse.isEmpty()) {
            Annotation sub = new Annotation(text);
            sub.set(CoreAnnotations.SentencesAnnotation.class, toParse);
            parser.annotate(sub);
        }

        LocalDate reference = document.metadata().published().date();
        List<Sentence> sentences = new ArrayList<>(coreSentences.size());
        for (int i = 0; i < coreSentences.size(); i++) {
            List<Token> tokens = tokensPerSentence.get(i);
            if (tokens.isEmpty()) {
                continue;
            }
            int start = tokens.get(0).start();
            int end = tokens.get(tokens.size() - 1).end();
            String sentenceText = text.substring(start, end);
            List<Dependency> deps = parse[i] ? dependencies(coreSentences.get(i)) : List.of();
            List<TimeExpression> times = timeTagger.tag(sentenceText, start, reference);
            sentences.add(new Sentence(sentences.size(), start, end, sentenceText, tokens, deps, parse[i], times));
        }
        return new AnnotatedDocument(document, sentences);
    }

    private static List<Token> tokens(CoreMap sentence, String text) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel l : labels) {
            int b = l.beginPosition();
            int e = l.endPosition();
            String surface = text.substring(b, e);
            String lemma = l.lemma() == null ? surface : l.lemma();
            String ner = l.ner() == null ? "O" : l.ner();
            tokens.add(new Token(tokens.size(), surface, lemma, l.tag(), ner, b, e));
        }
        return tokens;
    }

    private static List<Dependency> dependencies(CoreMap sentence) {
        SemanticGraph g = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (g == null) {
            return List.of();
        }
        List<Dependency> deps = new ArrayList<>();
        for (IndexedWord root : g.getRoots()) {
            if (root.copyCount() == 0) {
                deps.add(new Dependency(Dependency.ROOT, root.index() - 1, "root"));
            }
        }
        for (SemanticGraphEdge e : g.edgeIterable()) {
            // copy nodes (enhanced++ ellipsis) are folded onto the word they copy
            deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
        }
        deps.sort(Comparator.comparingInt(Dependency::dependent).thenComparingInt(Dependency::governor).thenComparing(Dependency::relation));
        List<Dependency> unique = new ArrayList<>(deps.size());
        for (Dependency d : deps) {
            if (unique.isEmpty() || !unique.get(unique.size() - 1).equals(d)) {
                unique.add(d);
            }
        }
        return unique;
    }

    /**
     * True when the text looks hard-wrapped: most lines are of similar, short length and end
     * mid-sentence. Such text breaks sentences only at blank lines.
     */
    static boolean looksHardWrapped(String text) {
        String[] lines = text.split("\n");
        int nonEmpty = 0;
        int shortMidSentence = 0;
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            nonEmpty++;
            char last = l.charAt(l.length() - 1);
            if (l.length() >= 40 && l.length() <= 100 && Character.isLetterOrDigit(last) || last == ',') {
                shortMidSentence++;
            }
        }
        return nonEmpty >= 6 && shortMidSentence * 2 > nonEmpty;
    }
}
