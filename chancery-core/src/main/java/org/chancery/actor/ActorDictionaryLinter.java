package org.chancery.actor;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Validates dictionary files for {@code chancery dict lint}: schema, unknown codes, one form naming
 * two actors without a {@code prefer} rule, overlapping tenures of one office, malformed dates, YAML
 * syntax. Runs exactly the checks of loading ({@link ActorDictionaryLoader#validate}), so a set
 * that lints clean loads, and reports every fault as {@code file:line: message}.
 */
public final class ActorDictionaryLinter {
    /** Exit status when every file is clean. */
    public static final int CLEAN = 0;
    /** Exit status when at least one problem was found. */
    public static final int PROBLEMS = 1;

    private ActorDictionaryLinter() {
    }

    /**
     * Result of linting one dictionary set.
     *
     * @param files    number of files read
     * @param problems faults, in file and line order
     * @param hash     the set's hash ({@code sha256:…}), as a loaded dictionary would report it
     */
    public record Report(int files, List<DictionaryProblem> problems, String hash) {
        public Report {
            problems = List.copyOf(problems);
            Objects.requireNonNull(hash, "hash");
        }

        public boolean clean() {
            return problems.isEmpty();
        }
    }

    public static Report lint(Map<String, String> files) {
        return new Report(files.size(), ActorDictionaryLoader.validate(files), ActorDictionaryLoader.hash(files));
    }

    /** Lints a directory laid out like the classpath folder (root files and {@code persons/*.yaml}). */
    public static Report lintDirectory(Path dir) {
        try {
            return lint(ActorDictionaryLoader.readDirectory(dir));
        } catch (DictionaryException e) {
            return new Report(0, e.problems(), "sha256:");
        }
    }

    /** Lints the dictionaries shipped on the classpath. */
    public static Report lintClasspath() {
        return lint(ActorDictionaryLoader.readClasspath());
    }

    /**
     * Runs the linter for the command line: prints one {@code file:line: message} per problem and a
     * summary line to {@code out}, returns {@link #CLEAN} or {@link #PROBLEMS}.
     *
     * @param dir dictionary directory, or null for the shipped dictionaries
     */
    public static int run(Path dir, PrintWriter out) {
        Report r = dir == null ? lintClasspath() : lintDirectory(dir);
        for (DictionaryProblem p : r.problems()) {
            out.println(p.format());
        }
        String where = dir == null ? "built-in dictionaries" : dir.toString();
        if (r.clean()) {
            out.println(where + ": " + r.files() + " files, no problems (" + r.hash() + ")");
        } else {
            out.println(where + ": " + r.problems().size() + " problem(s) in " + r.files() + " files");
        }
        out.flush();
        return r.clean() ? CLEAN : PROBLEMS;
    }
}
