package org.chancery.nlp;

import java.util.List;
import org.chancery.annotate.ParseGate;

/**
 * The one CoreNLP annotator of a test JVM: integration tests of every class share it, so the models
 * load once (failsafe runs all ITs of a module in one JVM).
 */
public final class SharedAnnotator {
    private SharedAnnotator() {
    }

    private static final class Holder {
        static final CoreNlpAnnotator INSTANCE = new CoreNlpAnnotator(CoreNlpSettings.defaults(),
                (text, start, reference) -> List.of(), ParseGate.ALL);
    }

    public static CoreNlpAnnotator get() {
        return Holder.INSTANCE;
    }
}
