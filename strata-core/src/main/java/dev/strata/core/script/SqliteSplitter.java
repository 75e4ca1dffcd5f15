package dev.strata.core.script;

/**
 * Splits the way the sqlite3 shell does: it hands the library a statement once
 * {@code sqlite3_complete()} says it is complete, and this is that function's state machine.
 * A semicolon ends a statement outside strings, quoted identifiers ({@code "…"}, {@code `…`},
 * {@code […]}) and comments; in {@code CREATE [TEMP|TEMPORARY] TRIGGER} only the sequence
 * {@code ; END ;} does, so every semicolon of the body, and every {@code CASE … END} inside it, stays
 * in the statement.
 */
final class SqliteSplitter extends ScriptScanner {
    private static final int INVALID = 0, START = 1, NORMAL = 2, EXPLAIN = 3, CREATE = 4, TRIGGER = 5, SEMI = 6, END = 7;
    private static final int T_SEMI = 0, T_OTHER = 1, T_EXPLAIN = 2, T_CREATE = 3, T_TEMP = 4, T_TRIGGER = 5, T_END = 6;

    /** sqlite3_complete's transitions, without its whitespace column (whitespace never changes the state). */
    private static final int[][] NEXT = {
            /*               SEMI  OTHER    EXPLAIN  CREATE   TEMP     TRIGGER  END */
            /* INVALID */ {START, NORMAL, EXPLAIN, CREATE, NORMAL, NORMAL, NORMAL},
            /* START   */ {START, NORMAL, EXPLAIN, CREATE, NORMAL, NORMAL, NORMAL},
            /* NORMAL  */ {START, NORMAL, NORMAL, NORMAL, NORMAL, NORMAL, NORMAL},
            /* EXPLAIN */ {START, EXPLAIN, NORMAL, CREATE, NORMAL, NORMAL, NORMAL},
            /* CREATE  */ {START, NORMAL, NORMAL, NORMAL, CREATE, TRIGGER, NORMAL},
            /* TRIGGER */ {SEMI, TRIGGER, TRIGGER, TRIGGER, TRIGGER, TRIGGER, TRIGGER},
            /* SEMI    */ {SEMI, TRIGGER, TRIGGER, TRIGGER, TRIGGER, TRIGGER, END},
            /* END     */ {START, TRIGGER, TRIGGER, TRIGGER, TRIGGER, TRIGGER, TRIGGER},
    };

    private int state = INVALID;

    SqliteSplitter(String text, int firstLine, String source) {
        super(text, firstLine, source);
    }

    @Override
    protected void resetStatement() {
        state = START;
    }

    @Override
    protected void scan() {
        int pos = 0;
        while (pos < length) {
            char c = text.charAt(pos);
            if (isSpace(c)) {
                pos++;
            } else if (c == '-' && at(pos + 1) == '-') {
                pos = lineCommentEnd(pos);
            } else if (c == '/' && at(pos + 1) == '*') {
                pos = blockCommentEnd(pos, false);
            } else if (c == ';') {
                state = NEXT[state][T_SEMI];
                if (state == START) {
                    terminate();
                } else {
                    token(pos, pos + 1);
                }
                pos++;
            } else {
                int next = tokenEnd(pos, c);
                state = NEXT[state][kind(pos, next)];
                token(pos, next);
                pos = next;
            }
        }
    }

    private int tokenEnd(int pos, char c) {
        return switch (c) {
            case '\'' -> quotedEnd(pos, '\'', false, true, "string literal");
            case '"' -> quotedEnd(pos, '"', false, true, "quoted identifier");
            case '`' -> quotedEnd(pos, '`', false, true, "backtick identifier");
            case '[' -> {
                int close = text.indexOf(']', pos + 1);
                if (close < 0) {
                    throw malformed(pos, "unterminated bracketed identifier", "close it with ]");
                }
                yield close + 1;
            }
            default -> isWordChar(c) ? wordEnd(pos) : pos + 1;
        };
    }

    private int kind(int from, int to) {
        if (!isWordChar(text.charAt(from))) {
            return T_OTHER;
        }
        if (isWord(from, to, "create")) {
            return T_CREATE;
        }
        if (isWord(from, to, "trigger")) {
            return T_TRIGGER;
        }
        if (isWord(from, to, "temp") || isWord(from, to, "temporary")) {
            return T_TEMP;
        }
        if (isWord(from, to, "end")) {
            return T_END;
        }
        if (isWord(from, to, "explain")) {
            return T_EXPLAIN;
        }
        return T_OTHER;
    }
}
