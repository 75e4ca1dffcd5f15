package dev.strata.core.script;

import dev.strata.core.graph.Revision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The header fields of one migration file, checked one line at a time as the parser meets them. */
final class ScriptHeader {
    static final List<String> FIELDS = List.of("revision", "revises", "message", "depends-on", "branch-labels",
            "transactional", "lock-timeout", "statement-timeout");
    static final List<String> SETTINGS = List.of("lock-timeout", "statement-timeout");
    static final List<String> MARKERS = List.of("upgrade", "downgrade", "allow");

    private final String file;
    private final Map<String, Integer> lineOf = new HashMap<>();
    private String revision;
    private List<String> revises;
    private List<String> dependsOn = List.of();
    private Set<String> branchLabels = Set.of();
    private String message = "";
    private boolean transactional = true;
    private final Map<String, String> settings = new LinkedHashMap<>();

    ScriptHeader(String file) {
        this.file = file;
    }

    /** One {@code -- strata:name value} line of the header. */
    void accept(String name, String value, int line) {
        if (!FIELDS.contains(name)) {
            throw ScriptParser.malformed(file, line, "unknown header field strata:" + name, unknownHint(name));
        }
        Integer first = lineOf.putIfAbsent(name, line);
        if (first != null) {
            throw ScriptParser.malformed(file, line, "strata:" + name + " is given twice (first on line " + first + ")",
                    "keep one of the two lines");
        }
        switch (name) {
            case "revision" -> revision = id(value, line, "revision");
            case "revises" -> revises = revises(value, line);
            case "message" -> message = value;
            case "depends-on" -> dependsOn = ids(value, line, "depends-on", "revision id");
            case "branch-labels" -> branchLabels = new LinkedHashSet<>(ids(value, line, "branch-labels", "branch label"));
            case "transactional" -> transactional = bool(value, line);
            default -> settings.put(name, setting(name, value, line));
        }
    }

    /** The revision the header describes; throws when a required field is missing. */
    Revision revision() {
        if (revision == null) {
            throw ScriptParser.malformed(file, 1, "the header has no -- strata:revision line",
                    "start the file with `-- strata:revision <id>` (`strata revision` generates a new file with one)");
        }
        if (revises == null) {
            throw ScriptParser.malformed(file, 1, "the header has no -- strata:revises line",
                    "add `-- strata:revises <parent id>`, or `-- strata:revises base` for a root");
        }
        return new Revision(revision, revises, dependsOn, branchLabels, message);
    }

    boolean transactional() {
        return transactional;
    }

    Map<String, String> settings() {
        return settings;
    }

    static boolean isField(String name) {
        return FIELDS.contains(name);
    }

    private String id(String value, int line, String field) {
        if (value.isEmpty()) {
            throw ScriptParser.malformed(file, line, "strata:" + field + " has no value", "write `-- strata:" + field + " <id>`");
        }
        String problem = RevisionIds.problem(value);
        if (problem != null) {
            throw ScriptParser.malformed(file, line, "revision id '" + value + "' " + problem,
                    "an id is " + RevisionIds.RULE + " (generated ids are 12 hex digits)");
        }
        return value;
    }

    private List<String> revises(String value, int line) {
        if (value.isEmpty()) {
            throw ScriptParser.malformed(file, line, "strata:revises has no value",
                    "name the parent revision(s), or write `-- strata:revises base` for a root");
        }
        if (value.equals("base")) {
            return List.of();
        }
        if (words(value).contains("base")) {
            throw ScriptParser.malformed(file, line, "strata:revises mixes base with revision ids",
                    "a root revises only `base`; a merge lists only revision ids");
        }
        return ids(value, line, "revises", "revision id");
    }

    private List<String> ids(String value, int line, String field, String what) {
        if (value.isEmpty()) {
            throw ScriptParser.malformed(file, line, "strata:" + field + " has no value", "list one or more, or remove the line");
        }
        List<String> ids = new ArrayList<>();
        for (String id : words(value)) {
            String problem = RevisionIds.problem(id);
            if (problem != null) {
                throw ScriptParser.malformed(file, line, what + " '" + id + "' in strata:" + field + " " + problem,
                        "separate entries with spaces; each is " + RevisionIds.RULE);
            }
            if (ids.contains(id)) {
                throw ScriptParser.malformed(file, line, "strata:" + field + " lists '" + id + "' twice", "list it once");
            }
            ids.add(id);
        }
        return ids;
    }

    /**
     * {@code value.split("\\s+")} without compiling a regular expression for every file: the parts between runs of
     * space, tab, line feed, vertical tab, form feed and carriage return (a leading run gives a leading empty part).
     */
    static List<String> words(String value) {
        List<String> words = new ArrayList<>(2);
        int length = value.length();
        int start = 0;
        int i = 0;
        while (i < length) {
            if (isRegexSpace(value.charAt(i))) {
                words.add(value.substring(start, i));
                while (i < length && isRegexSpace(value.charAt(i))) {
                    i++;
                }
                start = i;
            } else {
                i++;
            }
        }
        if (words.isEmpty()) {
            return List.of(value);
        }
        words.add(value.substring(start));
        while (!words.isEmpty() && words.get(words.size() - 1).isEmpty()) {
            words.remove(words.size() - 1);
        }
        return words;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private boolean bool(String value, int line) {
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw ScriptParser.malformed(file, line, "strata:transactional must be true or false, not '" + value + "'",
                "write `-- strata:transactional false`, or remove the line (the default is true)");
    }

    private String setting(String name, String value, int line) {
        if (value.isEmpty() || value.chars().anyMatch(Character::isWhitespace)) {
            throw ScriptParser.malformed(file, line, "strata:" + name + " needs one value, got '" + value + "'",
                    "write e.g. `-- strata:" + name + " 5s`");
        }
        return value;
    }

    /** The hint for an unknown field: the closest known name, then all of them. */
    static String unknownHint(String name) {
        String known = "known fields: " + String.join(", ", FIELDS) + "; sections start with -- strata:upgrade and -- strata:downgrade";
        String best = null;
        int bestDistance = 3;
        for (String candidate : concat(FIELDS, MARKERS)) {
            int d = distance(name, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best == null ? known : "did you mean strata:" + best + "? " + known;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Levenshtein distance; the names are short. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
