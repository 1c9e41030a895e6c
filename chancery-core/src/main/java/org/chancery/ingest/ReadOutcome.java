package org.chancery.ingest;

import java.util.Objects;
import org.chancery.model.Document;

/** What reading one input produced: a document, or a reason it was skipped. */
public sealed interface ReadOutcome permits ReadOutcome.Read, ReadOutcome.Skipped {

    record Read(Document document) implements ReadOutcome {
        public Read {
            Objects.requireNonNull(document, "document");
        }
    }

    record Skipped(SkippedInput input) implements ReadOutcome {
        public Skipped {
            Objects.requireNonNull(input, "input");
        }
    }

    static ReadOutcome skipped(String location, String reason, String remedy) {
        return new Skipped(new SkippedInput(location, reason, remedy));
    }
}
