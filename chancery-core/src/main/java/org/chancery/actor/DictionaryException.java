package org.chancery.actor;

import java.util.List;

/** Thrown when dictionary files fail to load or validate; carries every problem found. */
public final class DictionaryException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<DictionaryProblem> problems;

    public DictionaryException(List<DictionaryProblem> problems) {
        super(summarise(problems));
        this.problems = List.copyOf(problems);
    }

    public DictionaryException(List<DictionaryProblem> problems, Throwable cause) {
        super(summarise(problems), cause);
        this.problems = List.copyOf(problems);
    }

    public List<DictionaryProblem> problems() {
        return problems;
    }

    private static String summarise(List<DictionaryProblem> problems) {
        StringBuilder sb = new StringBuilder(problems.size() + " dictionary problem(s)");
        int shown = 0;
        for (DictionaryProblem p : problems) {
            if (shown++ == 20) {
                sb.append("\n  …");
                break;
            }
            sb.append("\n  ").append(p.format());
        }
        return sb.toString();
    }
}
