package org.chancery.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ActorDictionaryLoaderTest {
    @Test
    void defaultDictionariesLoadWithoutProblems() {
        var files = ActorDictionaryLoader.readClasspath();
        var problems = ActorDictionaryLoader.validate(files);
        assertEquals(java.util.List.of(), problems.stream().map(DictionaryProblem::format).toList());
        ActorDictionary d = ActorDictionaryLoader.load(files);
        assertTrue(d.hash().matches("sha256:[0-9a-f]{64}"), d.hash());
        assertEquals("PAK", d.entry("country:PAK").code().value());
        assertEquals("PAKGOV", d.entry("capital:Islamabad").code().value());
        assertEquals("USAMIL", d.entry("seat:Pentagon").code().value());
    }
}
