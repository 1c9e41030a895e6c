package org.chancery.annotate;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chancery.actor.ActorMention;
import org.chancery.model.AnnotatedDocument;

/**
 * Reads and writes annotated documents (and optionally their actor mentions) as JSON: the fixed
 * parses that coder and resolver tests run on without loading CoreNLP. The JSON mirrors the records
 * field by field. Thread-safe.
 */
public final class AnnotationJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** An annotated document with the mentions resolved on it (empty when not recorded). */
    public record Fixture(AnnotatedDocument annotated, List<ActorMention> mentions) {
        public Fixture {
            mentions = mentions == null ? List.of() : List.copyOf(mentions);
        }
    }

    private AnnotationJson() {
    }

    public static String write(Fixture fixture) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(fixture);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise fixture of " + fixture.annotated().document().id(), e);
        }
    }

    public static Fixture read(String json, String origin) {
        try {
            return MAPPER.readValue(json, Fixture.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(origin + ": not a valid annotation fixture at line "
                    + e.getLocation().getLineNr() + ": " + e.getOriginalMessage(), e);
        }
    }

    public static Fixture read(Path file) {
        try {
            return read(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fixture " + file, e);
        }
    }

    public static void write(Fixture fixture, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, write(fixture));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write fixture " + file, e);
        }
    }
}
