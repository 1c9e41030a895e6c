package org.chancery.actor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/** The shipped dictionaries with the test persons in place of {@code persons/}, so tests do not move when person data grows. */
final class Fixtures {
    private static final DictionaryActorResolver RESOLVER = new DictionaryActorResolver(ActorDictionaryLoader.load(files()));

    private Fixtures() {
    }

    static Map<String, String> files() {
        Map<String, String> files = new TreeMap<>(ActorDictionaryLoader.readClasspath());
        files.keySet().removeIf(k -> k.startsWith("persons/"));
        files.put("persons/fixture.yaml", resource("fixture/persons/fixture.yaml"));
        return files;
    }

    static DictionaryActorResolver resolver() {
        return RESOLVER;
    }

    static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/org/chancery/actor/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
