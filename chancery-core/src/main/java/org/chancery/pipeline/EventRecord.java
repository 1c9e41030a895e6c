package org.chancery.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.chancery.coding.CodedEvent;
import org.chancery.temporal.EventDate;

/**
 * A finished event: coded, dated, with a stable id. This is what the store keeps and exports.
 *
 * @param eventId stable and unique: derived from the document's content hash, the trigger span, the
 *                type and the rule, so re-running the same pipeline gives the same id
 */
public record EventRecord(String eventId, String docId, CodedEvent event, EventDate date) {
    public EventRecord {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(date, "date");
    }

    public static String idFor(String contentHash, CodedEvent e) {
        String key = contentHash + "|" + e.trigger().start() + "|" + e.trigger().end() + "|" + e.type() + "|" + e.cameo().code()
                + "|" + e.provenance().rule();
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "ev_" + HexFormat.of().formatHex(d, 0, 10);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
