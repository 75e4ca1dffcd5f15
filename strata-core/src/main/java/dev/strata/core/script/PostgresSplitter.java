package dev.strata.core.script;

/**
 * Splits the way psql does (its lexer, psqlscan.l): a semicolon ends a statement unless it is inside a
 * string, a quoted identifier, a dollar-quoted string, a comment, parentheses, or the
 * {@code BEGIN ATOMIC … END} body of a SQL-standard function.
 *
 * <p>psql's rule for bodies, kept as is: once a statement has begun {@code CREATE [OR REPLACE] FUNCTION}
 * or {@code … PROCEDURE}, every {@code BEGIN} outside parentheses opens a level, a {@code CASE} opens one
 * when already inside a level, and {@code END} closes one; a semicolon splits only at level 0.
 */
final class PostgresSplitter extends ScriptScanner {
    /** Where the statement's first words are in matching {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE}. */
    private enum Head { START, CREATE, CREATE_OR, CREATE_OR_REPLACE, ROUTINE, OTHER }

    private Head head = Head.START;
    private int parenDepth;
    private int beginDepth;

    PostgresSplitter(String text, int firstLine, String source) {
        super(text, firstLine, source);
    }

    @Override
    protected void resetStatement() {
        head = Head.START;
        parenDepth = 0;
        beginDepth = 0;
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
                pos = blockCommentEnd(pos, true);
            } else if (c == ';' && parenDepth == 0 && beginDepth == 0) {
                terminate();
                pos++;
            } else {
                pos = significant(pos, c);
            }
        }
    }

    /** Consumes the significant token at pos and returns where the next one may begin. */
    private int significant(int pos, char c) {
        int next;
        if (c == '\'') {
            next = quotedEnd(pos, '\'', false, true, "string literal");
        } else if (c == '"') {
            next = quotedEnd(pos, '"', false, true, "quoted identifier");
        } else if (c == '$') {
            next = dollar(pos);
        } else if (isAsciiLetter(c) || c == '_' || c >= 0x80) {
            next = word(pos);
        } else if (isDigit(c)) {
            next = number(pos);
        } else {
            if (c == '(') {
                parenDepth++;
            } else if (c == ')' && parenDepth > 0) {
                parenDepth--;
            }
            next = pos + 1;
        }
        token(pos, next);
        return next;
    }

    /** A dollar-quoted string ({@code $$…$$}, {@code $tag$…$tag$}), a parameter ({@code $1}) or a lone dollar. */
    private int dollar(int pos) {
        int i = pos + 1;
        char first = at(i);
        if (first == '$' || isAsciiLetter(first) || first == '_' || first >= 0x80) {
            while (i < length && isTagChar(text.charAt(i))) {
                i++;
            }
            if (at(i) == '$') {
                String tag = text.substring(pos, i + 1);
                int close = text.indexOf(tag, i + 1);
                if (close < 0) {
                    throw malformed(pos, "unterminated dollar-quoted string " + tag, "close it with " + tag);
                }
                return close + tag.length();
            }
            return i;
        }
        while (i < length && isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A dollar-quote tag is an identifier without dollars: letters, digits, underscore, non-ASCII. */
    private static boolean isTagChar(char c) {
        return isAsciiLetter(c) || isDigit(c) || c == '_' || c >= 0x80;
    }

    private int number(int pos) {
        int i = pos + 1;
        while (i < length && (isAsciiLetter(text.charAt(i)) || isDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            i++;
        }
        return i;
    }

    /** An identifier or keyword; or the prefix of an E'…' or U&'…' string or a U&"…" identifier. */
    private int word(int pos) {
        int end = wordEnd(pos);
        if (end - pos == 1) {
            char c = text.charAt(pos);
            if ((c == 'e' || c == 'E') && at(end) == '\'') {
                return quotedEnd(end, '\'', true, true, "string literal");
            }
            if ((c == 'u' || c == 'U') && at(end) == '&' && at(end + 1) == '\'') {
                return quotedEnd(end + 1, '\'', false, true, "string literal");
            }
            if ((c == 'u' || c == 'U') && at(end) == '&' && at(end + 1) == '"') {
                return quotedEnd(end + 1, '"', false, true, "quoted identifier");
            }
        }
        keyword(pos, end);
        return end;
    }

    private void keyword(int from, int to) {
        head = switch (head) {
            case START -> isWord(from, to, "create") ? Head.CREATE : Head.OTHER;
            case CREATE -> isRoutine(from, to) ? Head.ROUTINE : isWord(from, to, "or") ? Head.CREATE_OR : Head.OTHER;
            case CREATE_OR -> isWord(from, to, "replace") ? Head.CREATE_OR_REPLACE : Head.OTHER;
            case CREATE_OR_REPLACE -> isRoutine(from, to) ? Head.ROUTINE : Head.OTHER;
            case ROUTINE, OTHER -> head;
        };
        if (head != Head.ROUTINE || parenDepth > 0) {
            return;
        }
        if (isWord(from, to, "begin")) {
            beginDepth++;
        } else if (isWord(from, to, "case")) {
            if (beginDepth > 0) {
                beginDepth++;
            }
        } else if (isWord(from, to, "end") && beginDepth > 0) {
            beginDepth--;
        }
    }

    private boolean isRoutine(int from, int to) {
        return isWord(from, to, "function") || isWord(from, to, "procedure");
    }
}
