package org.chancery.actor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * The {@code chancery export --format mentions} line of one mention: a JSON object with
 * {@code doc_id}, {@code start}, {@code end}, {@code text}, {@code code}, {@code basis},
 * {@code entry} (offsets are Java string indices into the document text, as in the event
 * contract), plus {@code sentence} and {@code locative}.
 */
public final class ActorMentionJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ActorMentionJson() {
    }

    public static ObjectNode toNode(String docId, ActorMention m) {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(m, "mention");
        ObjectNode n = JSON.createObjectNode();
        n.put("doc_id", docId);
        n.put("start", m.start());
        n.put("end", m.end());
        n.put("text", m.text());
        n.put("code", m.code().value());
        n.put("basis", m.basis().name());
        n.put("entry", m.entry());
        n.put("sentence", m.sentenceIndex());
        n.put("locative", m.locative());
        return n;
    }

    /** One line of JSON without a trailing newline. */
    public static String toJsonLine(String docId, ActorMention m) {
        try {
            return JSON.writeValueAsString(toNode(docId, m));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write mention " + m + " as JSON", e);
        }
    }
}
