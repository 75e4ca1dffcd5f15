package dev.strata.runtime.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Token-boundary edits to a statement's text (removals and insertions), applied to a span of it. */
final class Edits {
    private record Edit(int start, int end, String replacement) {
    }

    private final String sql;
    private final List<Edit> edits = new ArrayList<>();

    Edits(String sql) {
        this.sql = sql;
    }

    /** Removes from the start of first to the end of last. */
    void remove(Token first, Token last) {
        edits.add(new Edit(first.start(), last.end(), " "));
    }

    void replace(Token token, String text) {
        edits.add(new Edit(token.start(), token.end(), text));
    }

    void insertAfter(Token token, String text) {
        edits.add(new Edit(token.end(), token.end(), text));
    }

    /** Removes an element of a comma-separated list, with the comma before it (or after it, when first). */
    void removeElement(List<Token> all, List<Token> element) {
        int first = all.indexOf(element.get(0));
        int last = all.indexOf(element.get(element.size() - 1));
        if (first > 0 && all.get(first - 1).isSymbol(",")) {
            edits.add(new Edit(all.get(first - 1).start(), element.get(element.size() - 1).end(), " "));
        } else if (last + 1 < all.size() && all.get(last + 1).isSymbol(",")) {
            edits.add(new Edit(element.get(0).start(), all.get(last + 1).end(), " "));
        } else {
            remove(element.get(0), element.get(element.size() - 1));
        }
    }

    /** The text from start to end with the edits inside it applied. */
    String apply(int start, int end) {
        StringBuilder out = new StringBuilder();
        int at = start;
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start));
        for (Edit edit : sorted) {
            if (edit.start() < at || edit.end() > end) {
                continue;
            }
            out.append(sql, at, edit.start()).append(edit.replacement());
            at = edit.end();
        }
        out.append(sql, at, end);
        return out.toString();
    }
}
