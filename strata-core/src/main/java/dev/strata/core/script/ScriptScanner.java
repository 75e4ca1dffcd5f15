package dev.strata.core.script;

import dev.strata.core.error.MalformedMigrationException;

import java.util.ArrayList;
import java.util.List;

/**
 * The machinery the three splitters share: a cursor over the text, the statement being collected, file
 * lines, and the lexical pieces every client knows (quoted runs, line and block comments, words).
 * A subclass walks the text once and calls {@link #token} for every significant token and
 * {@link #terminate} at every terminator; whitespace and comments outside a statement's first and last
 * token are not part of it, so each statement comes out trimmed and starts on the line of its first token.
 */
abstract class ScriptScanner {
    protected final String text;
    protected final int length;
    private final int firstLine;
    private final String source;
    private final List<SqlStatement> statements = new ArrayList<>();

    /** Offset of the pending statement's first token, or -1 when no statement is pending. */
    private int start = -1;
    private int startLine;
    /** End offset of the pending statement's last token. */
    private int end;

    /** Line bookkeeping: the line at {@link #lineOffset}; queried offsets only move forward. */
    private int lineOffset;
    private int lineAtOffset;

    ScriptScanner(String text, int firstLine, String source) {
        this.text = text;
        this.length = text.length();
        this.firstLine = firstLine;
        this.source = source;
        this.lineAtOffset = firstLine;
    }

    /** Walks the whole text, calling {@link #token} and {@link #terminate}. */
    protected abstract void scan();

    /** Forgets what the subclass tracked about the statement just ended. */
    protected abstract void resetStatement();

    final List<SqlStatement> split() {
        scan();
        terminate();
        return List.copyOf(statements);
    }

    // ---- statements ----

    /** Records a significant token [from, to) of the pending statement, starting one if none is pending. */
    protected final void token(int from, int to) {
        if (start < 0) {
            start = from;
            startLine = lineOf(from);
        }
        end = to;
    }

    protected final boolean statementPending() {
        return start >= 0;
    }

    /** Ends the pending statement (a terminator was found, or the text ended); an empty one is dropped. */
    protected final void terminate() {
        if (start >= 0) {
            statements.add(new SqlStatement(text.substring(start, end), startLine));
            start = -1;
        }
        resetStatement();
    }

    // ---- lines and errors ----

    /** The file line of offset; offsets asked for never go backwards except in error paths. */
    protected final int lineOf(int offset) {
        if (offset < lineOffset) {
            lineOffset = 0;
            lineAtOffset = firstLine;
        }
        for (int i = lineOffset; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= length || text.charAt(i + 1) != '\n'))) {
                lineAtOffset++;
            }
        }
        lineOffset = offset;
        return lineAtOffset;
    }

    protected final MalformedMigrationException malformed(int at, String what, String hint) {
        String where = source == null ? "line " + lineOf(at) : source + ":" + lineOf(at);
        return new MalformedMigrationException(where + ": " + what, hint);
    }

    // ---- characters ----

    protected final char at(int i) {
        return i < length ? text.charAt(i) : '\0';
    }

    protected static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    protected static boolean isNewline(char c) {
        return c == '\n' || c == '\r';
    }

    protected static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    protected static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Letters, digits, underscore, dollar and anything outside ASCII: what all three clients let into a word. */
    protected static boolean isWordChar(char c) {
        return isAsciiLetter(c) || isDigit(c) || c == '_' || c == '$' || c >= 0x80;
    }

    /** Whether text[from, to) is keyword, ignoring case. */
    protected final boolean isWord(int from, int to, String keyword) {
        return to - from == keyword.length() && text.regionMatches(true, from, keyword, 0, keyword.length());
    }

    // ---- lexical pieces ----

    /** End of the word starting at from (the first character is taken as part of it). */
    protected final int wordEnd(int from) {
        int i = from + 1;
        while (i < length && isWordChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** From the start of a line comment to the line break that ends it (or the end of the text). */
    protected final int lineCommentEnd(int from) {
        int i = from;
        while (i < length && !isNewline(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** From {@code /*} to just after the matching close; nested comments count when nested is true. */
    protected final int blockCommentEnd(int from, boolean nested) {
        int depth = 1;
        int i = from + 2;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '*' && at(i + 1) == '/') {
                i += 2;
                if (--depth == 0) {
                    return i;
                }
            } else if (nested && c == '/' && at(i + 1) == '*') {
                depth++;
                i += 2;
            } else {
                i++;
            }
        }
        throw malformed(from, "unterminated block comment", "close it with */");
    }

    /**
     * From an opening quote to just after its closing quote.
     *
     * @param backslash a backslash escapes the next character
     * @param doubled   a doubled quote stands for one quote inside
     */
    protected final int quotedEnd(int from, char quote, boolean backslash, boolean doubled, String what) {
        int i = from + 1;
        while (i < length) {
            char c = text.charAt(i);
            if (backslash && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (doubled && at(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        throw malformed(from, "unterminated " + what, "close it with " + quote);
    }
}
