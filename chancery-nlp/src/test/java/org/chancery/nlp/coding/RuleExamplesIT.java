package org.chancery.nlp.coding;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.chancery.actor.ActorMention;
import org.chancery.actor.ActorResolver;
import org.chancery.actor.DictionaryActorResolver;
import org.chancery.coding.CodedEvent;
import org.chancery.coding.EventActor;
import org.chancery.coding.Rule;
import org.chancery.coding.RuleEventCoder;
import org.chancery.coding.RuleExample;
import org.chancery.model.AnnotatedDocument;
import org.chancery.model.Dependency;
import org.chancery.model.Document;
import org.chancery.model.DocumentMetadata;
import org.chancery.model.Sentence;
import org.chancery.model.Token;
import org.chancery.nlp.SharedAnnotator;
import org.chancery.ontology.OntologyLoader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every example sentence of every rule through CoreNLP, the dictionary actor resolver and the
 * coder. A positive example must give an event of the rule's type, presented as fact, whose sources
 * and targets include the expected codes (country level); a negative example must give no such
 * event. A failure prints the analysed tokens, dependencies, mentions and events.
 */
class RuleExamplesIT {

    @TestFactory
    Stream<DynamicTest> everyRuleExample() {
        ActorResolver resolver = resolver();
        RuleEventCoder coder = RuleEventCoder.fromClasspath(OntologyLoader.loadDefault(), resolver.dictionaryHash());
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : coder.ruleBook().rules()) {
            int n = 0;
            for (RuleExample ex : rule.examples()) {
                String name = rule.id() + (ex.positive() ? " +" : " -") + (++n) + ": " + ex.text();
                tests.add(DynamicTest.dynamicTest(name, () -> check(rule, ex, resolver, coder)));
            }
        }
        return tests.stream();
    }

    private static void check(Rule rule, RuleExample ex, ActorResolver resolver, RuleEventCoder coder) {
        AnnotatedDocument doc = SharedAnnotator.get().annotate(
                new Document("example", ex.text(), rule.location(), DocumentMetadata.empty()));
        List<ActorMention> mentions = resolver.resolve(doc);
        List<CodedEvent> events = coder.code(doc, mentions);
        boolean ok;
        if (ex.positive()) {
            ok = events.stream().anyMatch(e -> e.type() == rule.type() && e.modality().countsAsFact()
                    && countries(e.source()).containsAll(countries(ex.source()))
                    && countries(e.target()).containsAll(countries(ex.target())));
        } else {
            ok = events.stream().noneMatch(e -> e.type() == rule.type() && e.modality().countsAsFact());
        }
        assertTrue(ok, () -> rule.location() + " " + rule.id() + (ex.positive() ? " positive" : " negative")
                + " example failed; expected " + ex.source() + " -> " + ex.target() + "\n" + analysis(doc, mentions, events));
    }

    private static ActorResolver resolver() {
        return DictionaryActorResolver.fromClasspath();
    }

    private static Set<String> countries(List<?> actors) {
        Set<String> out = new LinkedHashSet<>();
        for (Object a : actors) {
            String code = a instanceof EventActor ea ? ea.code().value() : a.toString();
            out.add(code.length() > 3 ? code.substring(0, 3) : code);
        }
        return out;
    }

    private static String analysis(AnnotatedDocument doc, List<ActorMention> mentions, List<CodedEvent> events) {
        StringBuilder b = new StringBuilder();
        for (Sentence s : doc.sentences()) {
            b.append("  tokens: ");
            for (Token t : s.tokens()) {
                b.append(t.index()).append(':').append(t.text()).append('/').append(t.lemma()).append('/').append(t.pos()).append(' ');
            }
            b.append("\n  deps: ");
            for (Dependency d : s.dependencies()) {
                b.append(d.relation()).append('(').append(d.governor()).append(',').append(d.dependent()).append(") ");
            }
            b.append('\n');
        }
        b.append("  mentions: ");
        for (ActorMention m : mentions) {
            b.append(m.text()).append('=').append(m.code()).append(m.locative() ? "(place) " : " ");
        }
        b.append("\n  events:");
        for (CodedEvent e : events) {
            b.append("\n    ").append(e.type()).append(' ').append(e.cameo().code()).append(" '").append(e.triggerText()).append("' ")
                    .append(e.source().stream().map(a -> a.code().value()).toList()).append(" -> ")
                    .append(e.target().stream().map(a -> a.code().value()).toList()).append(' ').append(e.modality())
                    .append(' ').append(e.provenance().rule()).append(" | ").append(e.provenance().dependencyPath());
        }
        return b.toString();
    }
}
