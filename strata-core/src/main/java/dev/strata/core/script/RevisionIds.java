package dev.strata.core.script;

import java.util.Set;

/** What a revision id (and a branch label) may look like in a migration file. */
final class RevisionIds {
    static final int MAX_LENGTH = 64;
    /** Words that name places in the graph, never a revision: {@code revises base}, {@code upgrade head}. */
    static final Set<String> RESERVED = Set.of("base", "head", "heads");

    private RevisionIds() {
    }

    static final String RULE = "1 to " + MAX_LENGTH + " letters, digits, _ or -, and not base, head or heads";

    /** 1 to 64 characters, each a letter, a digit, {@code _} or {@code -} (reserved words are checked by {@link #problem}). */
    static boolean isValid(String id) {
        if (id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Why id is not valid, for an error message; null when it is. */
    static String problem(String id) {
        if (id.isEmpty()) {
            return "is empty";
        }
        if (id.length() > MAX_LENGTH) {
            return "is " + id.length() + " characters long, more than " + MAX_LENGTH;
        }
        if (!isValid(id)) {
            return "may hold only letters, digits, _ and -";
        }
        return RESERVED.contains(id) ? "is a reserved word" : null;
    }
}
