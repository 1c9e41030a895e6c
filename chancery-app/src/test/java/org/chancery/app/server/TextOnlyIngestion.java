package org.chancery.app.server;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chancery.ingest.IngestSummary;
import org.chancery.ingest.Ingestion;
import org.chancery.ingest.SkippedInput;
import org.chancery.model.AnnotatedDocument;
import org.chancery.model.Document;
import org.chancery.model.DocumentMetadata;
import org.chancery.model.Sentence;
import org.chancery.pipeline.DocumentResult;
import org.chancery.pipeline.EventStore;

/**
 * A small real {@link Ingestion} for the server's tests: decodes UTF-8 text and stores it as one
 * sentence with no mentions or events (no CoreNLP). It exercises the ingest route's plumbing: the
 * lead's pipeline-backed ingestion is tested with the CLI.
 */
final class TextOnlyIngestion implements Ingestion {
    private final EventStore store;

    TextOnlyIngestion(EventStore store) {
        this.store = store;
    }

    @Override
    public IngestSummary ingestBytes(String fileName, byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return new IngestSummary(0, 0, List.of(new SkippedInput(fileName, "not valid UTF-8", "re-save the file as UTF-8")), 0, List.of());
        }
        int dot = fileName.lastIndexOf('.');
        String id = dot > 0 ? fileName.substring(0, dot) : fileName;
        Document d = new Document(id, text, fileName, DocumentMetadata.empty());
        Sentence s = new Sentence(0, 0, text.length(), text, List.of(), List.of(), false, List.of());
        EventStore.SaveOutcome outcome = store.save(new DocumentResult(new AnnotatedDocument(d, List.of(s)), List.of(), List.of()));
        return outcome == EventStore.SaveOutcome.STORED
                ? new IngestSummary(1, 0, List.of(), 0, List.of(id))
                : new IngestSummary(0, 1, List.of(), 0, List.of());
    }
}
