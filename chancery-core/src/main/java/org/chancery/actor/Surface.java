package org.chancery.actor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Normalisation of surface text shared by the dictionary and the resolver. */
public final class Surface {
    private Surface() {
    }

    /** True for the hyphen and dash characters that join parts of a compound inside one token. */
    public static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013';
    }

    /**
     * Matching key of one piece: accents removed, lower case, curly apostrophes made straight,
     * full stops dropped ("U.S." and "US" share the key {@code us}).
     */
    public static String key(String piece) {
        String s = Normalizer.normalize(piece, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                continue;
            }
            if (c == '\u2019' || c == '\u2018' || c == '`' || c == '\u02bc') {
                c = '\'';
            }
            sb.append(c);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Splits a dictionary form at spaces and hyphens ("Lashkar-e-Taiba" → Lashkar, e, Taiba; "Sino-" → Sino), and
     * splits a possessive off as the tokenizer does ("Lord's" → Lord, 's; "Workers'" → Workers, ').
     */
    public static List<String> pieces(String form) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            if (Character.isWhitespace(c) || isHyphen(c)) {
                addSplittingPossessive(out, cur);
            } else {
                cur.append(c);
            }
        }
        addSplittingPossessive(out, cur);
        return out;
    }

    private static void addSplittingPossessive(List<String> out, StringBuilder cur) {
        if (cur.length() == 0) {
            return;
        }
        String p = cur.toString();
        cur.setLength(0);
        int n = p.length();
        if (n > 2 && (p.endsWith("'s") || p.endsWith("\u2019s"))) {
            out.add(p.substring(0, n - 2));
            out.add(p.substring(n - 2));
        } else if (n > 2 && p.charAt(n - 2) == 's' && (p.endsWith("'") || p.endsWith("\u2019"))) {
            out.add(p.substring(0, n - 1));
            out.add(p.substring(n - 1));
        } else {
            out.add(p);
        }
    }

    public static List<String> keys(List<String> pieces) {
        return pieces.stream().map(Surface::key).toList();
    }

    /**
     * Whether text written in a document matches a dictionary piece, given the keys already agree.
     * Acronym-like pieces (two or more capitals: "US", "U.S.", "LeT") must keep their capitals, so
     * "us" is never the United States; capitalised pieces need a capital first letter (any case after
     * it, so headlines in capitals match); lower-case pieces match in any case.
     */
    public static boolean caseFits(String dictionaryPiece, String textPiece) {
        int upper = 0;
        for (int i = 0; i < dictionaryPiece.length(); i++) {
            if (Character.isUpperCase(dictionaryPiece.charAt(i))) {
                upper++;
            }
        }
        if (upper >= 2) {
            return letters(dictionaryPiece).equals(letters(textPiece));
        }
        if (upper == 1 && Character.isUpperCase(firstLetter(dictionaryPiece))) {
            return Character.isUpperCase(firstLetter(textPiece));
        }
        return true;
    }

    private static String letters(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }

    private static char firstLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return ' ';
    }

    /**
     * Whether two matching keys are romanisations of the same word: equal consonant skeletons
     * (first letter kept, later vowels and "y" dropped, doubled letters collapsed) for words of four
     * letters or more, or the connectors "e"/"i" of names like "Lashkar-e-Taiba".
     */
    public static boolean sameRomanisation(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if ((a.equals("e") || a.equals("i")) && (b.equals("e") || b.equals("i"))) {
            return true;
        }
        if (a.length() < 4 || b.length() < 4 || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        String sa = skeleton(a);
        return sa.length() >= 2 && sa.equals(skeleton(b));
    }

    static String skeleton(String key) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (i > 0 && "aeiouy'".indexOf(c) >= 0) {
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) == c) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
