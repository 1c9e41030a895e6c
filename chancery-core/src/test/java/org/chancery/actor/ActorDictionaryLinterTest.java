package org.chancery.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each fault of a fixture file is reported with its file and line, by the linter and by loading. */
class ActorDictionaryLinterTest {

    private static Map<String, String> withFile(String target, String fixture) {
        Map<String, String> files = new TreeMap<>(Fixtures.files());
        files.put(target, Fixtures.resource("lint/" + fixture));
        return files;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "unknown-code.yaml; persons/bad.yaml; 8; unknown code 'PAKXYZ'",
        "overlapping-tenure.yaml; persons/bad.yaml; 10; tenure as 'prime minister' (2014-04-01 to now) overlaps the one on line 8",
        "malformed-date.yaml; persons/bad.yaml; 8; malformed date in 'start': '2019-13-45' is not a calendar day",
        "malformed-date.yaml; persons/bad.yaml; 9; malformed date in 'start': expected YYYY-MM-DD or null, got 'June 2019'",
        "schema.yaml; persons/bad.yaml; 3; person id 'Bad_Id' must be lower-case words joined by hyphens",
        "schema.yaml; persons/bad.yaml; 6; unknown field 'nickname'",
        "schema.yaml; persons/bad.yaml; 7; missing required field 'name'",
        "ambiguous-groups.yaml; groups.yaml; 12; 'The Front' names both group:front-one (groups.yaml:7) and group:front-two",
        "syntax.yaml; persons/bad.yaml; 5; YAML syntax error",
        "no-version.yaml; persons/bad.yaml; 1; missing 'version:'",
        "duplicate-id.yaml; persons/later.yaml; 3; entry 'person:khan-imran' is defined twice (first in persons/fixture.yaml:4)",
    })
    void eachFaultIsReportedWithFileAndLine(String fixture, String target, int line, String message) {
        List<DictionaryProblem> problems = ActorDictionaryLinter.lint(withFile(target, fixture)).problems();
        assertTrue(problems.stream().anyMatch(p -> p.file().equals(target) && p.line() == line && p.message().startsWith(message)),
                () -> "expected " + target + ":" + line + ": " + message + " among\n" + problems);
        DictionaryException e = assertThrows(DictionaryException.class, () -> ActorDictionaryLoader.load(withFile(target, fixture)));
        assertTrue(e.getMessage().contains(target + ":" + line + ": " + message), e.getMessage());
    }

    @Test
    void preferSettlesAnAmbiguousForm() {
        ActorDictionaryLinter.Report r = ActorDictionaryLinter.lint(withFile("groups.yaml", "ambiguous-groups-resolved.yaml"));
        assertEquals(List.of(), r.problems());
        ActorDictionary d = ActorDictionaryLoader.load(withFile("groups.yaml", "ambiguous-groups-resolved.yaml"));
        List<ActorMention> ms = new DictionaryActorResolver(d).resolve(TestTokenizer.document("The Front attacked a convoy.", null));
        assertEquals("group:front-one SYRREB", ms.get(0).entry() + " " + ms.get(0).code());
    }

    @Test
    void shippedDictionariesAreClean() {
        ActorDictionaryLinter.Report r = ActorDictionaryLinter.lintClasspath();
        assertEquals(List.of(), r.problems());
        assertTrue(r.files() >= 4, "files: " + r.files());
    }

    @Test
    void runReportsOnADirectoryWithExitStatus(@TempDir Path dir) throws IOException {
        for (Map.Entry<String, String> f : Fixtures.files().entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue());
        }
        StringWriter clean = new StringWriter();
        assertEquals(ActorDictionaryLinter.CLEAN, ActorDictionaryLinter.run(dir, new PrintWriter(clean)));
        assertTrue(clean.toString().contains("no problems (sha256:"), clean.toString());

        Files.writeString(dir.resolve("persons/bad.yaml"), Fixtures.resource("lint/unknown-code.yaml"));
        StringWriter out = new StringWriter();
        assertEquals(ActorDictionaryLinter.PROBLEMS, ActorDictionaryLinter.run(dir, new PrintWriter(out)));
        assertTrue(out.toString().startsWith("persons/bad.yaml:8: unknown code 'PAKXYZ'"), out.toString());
        DictionaryException e = assertThrows(DictionaryException.class, () -> DictionaryActorResolver.fromDirectory(dir));
        assertEquals(1, e.problems().size(), e.getMessage());
    }

    @Test
    void missingDirectoryIsAProblemNotACrash(@TempDir Path dir) {
        ActorDictionaryLinter.Report r = ActorDictionaryLinter.lintDirectory(dir.resolve("absent"));
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).message().contains("not a directory"), r.problems().toString());
    }
}
