package org.extramile.scoring.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One pattern that finds a match wherever any of several does, their shared beginnings tried once: "AB|AC" becomes
 * "A(?:B|C)". Deflection's hundreds of patterns mostly open alike (a word boundary, then the same list of head office,
 * the warehouse, the new guy...), and run one by one they cost more than the rest of an answer's reading together.
 * The patterns are split into atoms (a character, an escape, a class or a group, each with its quantifier) and
 * grown into a tree of shared prefixes; a pattern that is a prefix of another ends its branch, since whatever
 * matches the longer one matches it. Patterns must not use atomic groups, possessive quantifiers, back-references,
 * named groups or inline flags, for which sharing a prefix would change what matches.
 */
final class Alternation {

    /** The groups that can be joined: plain ones and look-arounds. */
    private static final List<String> GROUPS = List.of("(?:", "(?=", "(?!", "(?<=", "(?<!");

    private final Map<String, Alternation> next = new LinkedHashMap<>();
    private boolean complete;

    private Alternation() {}

    static Pattern of(List<Pattern> patterns) {
        Alternation root = new Alternation();
        for (Pattern pattern : patterns) {
            if (pattern.flags() != 0) {
                throw new IllegalArgumentException("Flags cannot be joined: " + pattern);
            }
            root.add(atoms(pattern.pattern()), 0);
        }
        return Pattern.compile(root.regex());
    }

    private void add(List<String> atoms, int from) {
        if (complete) {
            return;
        }
        if (from == atoms.size()) {
            complete = true;
            next.clear();
            return;
        }
        next.computeIfAbsent(atoms.get(from), a -> new Alternation()).add(atoms, from + 1);
    }

    private String regex() {
        if (complete) {
            return "";
        }
        List<String> branches = new ArrayList<>();
        next.forEach((atom, rest) -> branches.add(guard(atom) + atom + rest.regex()));
        return branches.size() == 1 ? branches.get(0) : "(?:" + String.join("|", branches) + ")";
    }

    /**
     * Before a group, a look at the next character: a group of many alternatives ("head office|corporate|the
     * manager|...") is tried at every word boundary of every clause, and the characters its alternatives can begin
     * with rule out most boundaries at once. None when the group can match nothing or begin with any character.
     */
    private static String guard(String atom) {
        if (!atom.startsWith("(") || zeroWidth(atom)) {
            return "";
        }
        return firstCharacters(List.of(atom), 0)
                .map(first -> {
                    StringBuilder chars = new StringBuilder("(?=[");
                    first.forEach(c -> chars.append(Character.isLetterOrDigit(c) || c == ' ' ? "" : "\\")
                            .append(c));
                    return chars.append("])").toString();
                })
                .orElse("");
    }

    /** The characters a match of {@code atoms} from {@code from} on can begin with, if known and never empty. */
    private static Optional<Set<Character>> firstCharacters(List<String> atoms, int from) {
        if (from == atoms.size()) {
            return Optional.empty();
        }
        String atom = atoms.get(from);
        if (zeroWidth(atom)) {
            return firstCharacters(atoms, from + 1);
        }
        String bare = atom.substring(0, quantifierStart(atom));
        Optional<Set<Character>> first;
        if (bare.startsWith("(")) {
            first = Optional.of(new TreeSet<>());
            for (String alternative : alternatives(bare)) {
                List<String> then = new ArrayList<>(atoms(alternative));
                then.addAll(atoms.subList(from + 1, atoms.size()));
                first = union(first, firstCharacters(then, 0));
            }
        } else if (bare.length() == 1 && ".[$|".indexOf(bare.charAt(0)) < 0) {
            first = Optional.of(new TreeSet<>(Set.of(bare.charAt(0))));
        } else if (bare.length() == 2 && bare.charAt(0) == '\\' && !Character.isLetterOrDigit(bare.charAt(1))) {
            first = Optional.of(new TreeSet<>(Set.of(bare.charAt(1))));
        } else {
            return Optional.empty();
        }
        String quantifier = atom.substring(bare.length());
        boolean optional = quantifier.startsWith("?") || quantifier.startsWith("*") || quantifier.startsWith("{0");
        return optional ? union(first, firstCharacters(atoms, from + 1)) : first;
    }

    private static Optional<Set<Character>> union(Optional<Set<Character>> a, Optional<Set<Character>> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        Set<Character> both = new TreeSet<>(a.get());
        both.addAll(b.get());
        return Optional.of(both);
    }

    /** Word boundaries, anchors and look-arounds: they match no character. */
    private static boolean zeroWidth(String atom) {
        return atom.equals("\\b")
                || atom.equals("\\B")
                || atom.equals("^")
                || atom.startsWith("(?=")
                || atom.startsWith("(?!")
                || atom.startsWith("(?<=")
                || atom.startsWith("(?<!");
    }

    /** The alternatives of a group, split where it has a bar of its own. */
    private static List<String> alternatives(String group) {
        int open = group.startsWith("(?:") ? 3 : 1;
        String inside = group.substring(open, group.length() - 1);
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < inside.length(); i++) {
            char c = inside.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(inside, i) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(inside.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(inside.substring(start));
        return parts;
    }

    private static int quantifierStart(String atom) {
        int end = atomEnd(atom, 0);
        return Math.min(end, atom.length());
    }

    /** The pattern's atoms in order; a pattern with an alternation at its top level is one atom. */
    static List<String> atoms(String regex) {
        List<String> atoms = new ArrayList<>();
        int i = 0;
        while (i < regex.length()) {
            int end = quantified(regex, atomEnd(regex, i));
            String atom = regex.substring(i, end);
            if (atom.equals("|")) {
                return List.of("(?:" + regex + ")");
            }
            atoms.add(atom);
            i = end;
        }
        return atoms;
    }

    private static int atomEnd(String regex, int i) {
        char c = regex.charAt(i);
        if (c == '\\') {
            char escaped = regex.charAt(i + 1);
            if ((escaped == 'p' || escaped == 'P') && regex.charAt(i + 2) == '{') {
                return regex.indexOf('}', i) + 1;
            }
            if (Character.isDigit(escaped) || escaped == 'k' || escaped == 'Q') {
                throw new IllegalArgumentException("Cannot join a pattern with \\" + escaped + ": " + regex);
            }
            return i + 2;
        }
        if (c == '[') {
            return classEnd(regex, i);
        }
        if (c == '(') {
            if (regex.startsWith("(?", i) && GROUPS.stream().noneMatch(g -> regex.startsWith(g, i))) {
                throw new IllegalArgumentException(
                        "Cannot join a pattern with an atomic group, a named group or inline flags: " + regex);
            }
            return groupEnd(regex, i);
        }
        return i + 1;
    }

    private static int classEnd(String regex, int open) {
        int i = open + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++;
        }
        while (regex.charAt(i) != ']') {
            i += regex.charAt(i) == '\\' ? 2 : regex.charAt(i) == '[' ? classEnd(regex, i) - i : 1;
        }
        return i + 1;
    }

    private static int groupEnd(String regex, int open) {
        int depth = 0;
        int i = open;
        while (true) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                i = classEnd(regex, i);
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
            i++;
        }
    }

    private static int quantified(String regex, int i) {
        if (i >= regex.length()) {
            return i;
        }
        char c = regex.charAt(i);
        int end = i;
        if (c == '?' || c == '*' || c == '+') {
            end = i + 1;
        } else if (c == '{') {
            end = regex.indexOf('}', i) + 1;
        } else {
            return i;
        }
        if (end < regex.length() && regex.charAt(end) == '+') {
            throw new IllegalArgumentException("Cannot join a pattern with a possessive quantifier: " + regex);
        }
        return end < regex.length() && regex.charAt(end) == '?' ? end + 1 : end;
    }
}
