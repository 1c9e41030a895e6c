package org.chancery.nlp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.chancery.annotate.AnnotationJson;
import org.chancery.annotate.ParseGate;
import org.chancery.model.Document;
import org.chancery.model.DocumentMetadata;
import org.chancery.model.PublicationDate;
import org.chancery.model.PublicationDateBasis;
import org.chancery.temporal.TimeTagger;

/**
 * Writes the fixed parse of a text as a JSON fixture for tests that must not load CoreNLP.
 *
 * <pre>java -cp … org.chancery.nlp.AnnotateToJson OUT.json PUBLISHED(yyyy-mm-dd|-) "Text to annotate."</pre>
 *
 * Time expressions are left empty unless a {@link TimeTagger} implementation is named by the system
 * property {@code chancery.timeTagger} (a class with a public no-argument constructor).
 */
public final class AnnotateToJson {
    private AnnotateToJson() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: AnnotateToJson OUT.json PUBLISHED(yyyy-mm-dd|-) TEXT");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        PublicationDate published = "-".equals(args[1]) ? PublicationDate.unknown()
                : PublicationDate.of(LocalDate.parse(args[1]), PublicationDateBasis.METADATA, "fixture");
        String id = out.getFileName().toString().replaceFirst("\\.json$", "");
        Document doc = new Document(id, args[2], "fixture", new DocumentMetadata(null, null, null, null, published));
        CoreNlpAnnotator annotator = new CoreNlpAnnotator(CoreNlpSettings.defaults(), timeTagger(), ParseGate.ALL);
        AnnotationJson.write(new AnnotationJson.Fixture(annotator.annotate(doc), List.of()), out);
        System.err.println("wrote " + out + " (" + Files.size(out) + " bytes)");
    }

    private static TimeTagger timeTagger() throws ReflectiveOperationException {
        String cls = System.getProperty("chancery.timeTagger");
        if (cls == null) {
            return (text, start, reference) -> List.of();
        }
        return (TimeTagger) Class.forName(cls).getDeclaredConstructor().newInstance();
    }
}
