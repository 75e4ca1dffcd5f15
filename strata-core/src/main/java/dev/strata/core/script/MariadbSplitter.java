package dev.strata.core.script;

/**
 * Splits the way the mariadb (mysql) client does: the delimiter ({@code ;} unless a {@code DELIMITER}
 * line changed it) ends a statement outside strings, backtick identifiers and comments. Executable
 * comments ({@code /*! … *}{@code /}, {@code /*M! … *}{@code /}) are statement text whose content is
 * read like the rest (as the server reads it); as in the client, a delimiter inside one still splits.
 *
 * <p>Beyond the client, so that stored programs need no {@code DELIMITER}: inside
 * {@code CREATE [OR REPLACE] [DEFINER=…] PROCEDURE|FUNCTION|TRIGGER|EVENT} (and a
 * {@code BEGIN NOT ATOMIC} block), {@code BEGIN} and {@code CASE} open a level and {@code END} closes
 * one, except {@code END IF|LOOP|WHILE|REPEAT|FOR}, which close constructs that opened none;
 * {@code END CASE} closes the {@code CASE}. A {@code ;} splits only at level 0.
 */
final class MariadbSplitter extends ScriptScanner {
    /** How far the statement's first words go toward a stored program. */
    private enum Head { START, CREATE, BEGIN, BEGIN_NOT, COMPOUND, OTHER }

    private String delimiter = ";";
    private Head head = Head.START;
    private int depth;
    /** An END was read and the word after it decides what it closes. */
    private boolean pendingEnd;
    /** The single character of the last token when it was punctuation, else 0 (for DEFINER=user@host). */
    private char lastPunct;
    private boolean inExecutableComment;

    MariadbSplitter(String text, int firstLine, String source) {
        super(text, firstLine, source);
    }

    @Override
    protected void resetStatement() {
        head = Head.START;
        depth = 0;
        pendingEnd = false;
        lastPunct = 0;
        inExecutableComment = false;
    }

    @Override
    protected void scan() {
        int pos = 0;
        while (pos < length) {
            char c = text.charAt(pos);
            if (isSpace(c)) {
                pos++;
            } else if (text.startsWith(delimiter, pos)) {
                pos = delimiterAt(pos);
            } else if (c == '#' || (c == '-' && at(pos + 1) == '-' && (pos + 2 >= length || isSpace(at(pos + 2))))) {
                pos = lineCommentEnd(pos);
            } else if (c == '/' && at(pos + 1) == '*') {
                pos = slashStar(pos);
            } else if (!statementPending() && isDelimiterCommand(pos)) {
                pos = delimiterCommand(pos);
            } else {
                pos = significant(pos, c);
            }
        }
        resolvePendingEnd();
    }

    /** The delimiter at pos: ends the statement unless it is {@code ;} inside a compound body. */
    private int delimiterAt(int pos) {
        if (delimiter.equals(";")) {
            resolvePendingEnd();
            if (depth > 0) {
                token(pos, pos + 1);
                lastPunct = ';';
                return pos + 1;
            }
        }
        terminate();
        return pos + delimiter.length();
    }

    /** A comment, or the opening of an executable comment, which is statement text. */
    private int slashStar(int pos) {
        int prefix = at(pos + 2) == '!' ? 3 : at(pos + 2) == 'M' && at(pos + 3) == '!' ? 4 : 0;
        if (prefix == 0 || inExecutableComment) {
            return blockCommentEnd(pos, false);
        }
        int end = pos + prefix;
        int digits = 0;
        while (digits < 6 && isDigit(at(end))) {
            end++;
            digits++;
        }
        resolvePendingEnd();
        inExecutableComment = true;
        token(pos, end);
        lastPunct = 0;
        return end;
    }

    private int significant(int pos, char c) {
        int next;
        if (c == '\'' || c == '"') {
            resolvePendingEnd();
            next = quotedEnd(pos, c, true, true, c == '\'' ? "string literal" : "double-quoted string");
            lastPunct = 0;
        } else if (c == '`') {
            resolvePendingEnd();
            next = quotedEnd(pos, '`', false, true, "backtick identifier");
            lastPunct = 0;
        } else if (isWordChar(c)) {
            next = wordBeforeDelimiter(pos);
            keyword(pos, next);
            lastPunct = 0;
        } else if (c == '*' && at(pos + 1) == '/' && inExecutableComment) {
            inExecutableComment = false;
            next = pos + 2;
        } else {
            resolvePendingEnd();
            next = pos + 1;
            lastPunct = c;
        }
        token(pos, next);
        return next;
    }

    /** A word; the client sees a delimiter anywhere outside quotes and comments, so {@code END$$} ends at $$. */
    private int wordBeforeDelimiter(int pos) {
        char first = delimiter.charAt(0);
        int i = pos + 1;
        while (i < length && isWordChar(text.charAt(i)) && !(text.charAt(i) == first && text.startsWith(delimiter, i))) {
            i++;
        }
        return i;
    }

    private void keyword(int from, int to) {
        if (pendingEnd) {
            pendingEnd = false;
            if (isWord(from, to, "if") || isWord(from, to, "loop") || isWord(from, to, "while")
                    || isWord(from, to, "repeat") || isWord(from, to, "for")) {
                return;
            }
            closeLevel();
            if (isWord(from, to, "case")) {
                return;
            }
        }
        head = switch (head) {
            case START -> isWord(from, to, "create") ? Head.CREATE : isWord(from, to, "begin") ? Head.BEGIN : Head.OTHER;
            case CREATE -> createHead(from, to);
            case BEGIN -> isWord(from, to, "not") ? Head.BEGIN_NOT : Head.OTHER;
            case BEGIN_NOT -> {
                if (isWord(from, to, "atomic")) {
                    depth = 1;
                    yield Head.COMPOUND;
                }
                yield Head.OTHER;
            }
            case COMPOUND -> {
                if (isWord(from, to, "begin") || isWord(from, to, "case")) {
                    depth++;
                } else if (isWord(from, to, "end")) {
                    pendingEnd = true;
                }
                yield Head.COMPOUND;
            }
            case OTHER -> Head.OTHER;
        };
    }

    /** The words between CREATE and the object kind: OR REPLACE, AGGREGATE, DEFINER = user@host. */
    private Head createHead(int from, int to) {
        if (isWord(from, to, "procedure") || isWord(from, to, "function") || isWord(from, to, "trigger")
                || isWord(from, to, "event")) {
            return Head.COMPOUND;
        }
        if (isWord(from, to, "or") || isWord(from, to, "replace") || isWord(from, to, "aggregate")
                || isWord(from, to, "definer") || isWord(from, to, "current_user")
                || lastPunct == '=' || lastPunct == '@') {
            return Head.CREATE;
        }
        return Head.OTHER;
    }

    private void resolvePendingEnd() {
        if (pendingEnd) {
            pendingEnd = false;
            closeLevel();
        }
    }

    private void closeLevel() {
        if (depth > 0) {
            depth--;
        }
    }

    // ---- DELIMITER lines ----

    /** A line that starts (after blanks) with the word DELIMITER, read where no statement is pending. */
    private boolean isDelimiterCommand(int pos) {
        int end = pos + "delimiter".length();
        if (!isWord(pos, Math.min(end, length), "delimiter") || (end < length && !isSpace(text.charAt(end)))) {
            return false;
        }
        int i = pos - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || isNewline(text.charAt(i));
    }

    /** Reads {@code DELIMITER xx} (xx may be quoted), sets the delimiter, returns the end of the line. */
    private int delimiterCommand(int pos) {
        int lineEnd = lineCommentEnd(pos);
        int i = pos + "delimiter".length();
        while (i < lineEnd && isSpace(text.charAt(i))) {
            i++;
        }
        int from = i;
        int to;
        int rest;
        char q = at(i);
        if (i < lineEnd && (q == '\'' || q == '"' || q == '`')) {
            int close = text.indexOf(q, i + 1);
            if (close < 0 || close >= lineEnd) {
                throw malformed(pos, "unterminated quote in DELIMITER line", "write it as DELIMITER // on its own line");
            }
            from = i + 1;
            to = close;
            rest = close + 1;
        } else {
            while (i < lineEnd && !isSpace(text.charAt(i))) {
                i++;
            }
            to = i;
            rest = i;
        }
        String value = text.substring(from, to);
        if (value.isEmpty()) {
            throw malformed(pos, "DELIMITER needs a delimiter", "write e.g. DELIMITER // and later DELIMITER ;");
        }
        if (value.indexOf('\\') >= 0) {
            throw malformed(pos, "a delimiter cannot contain a backslash: " + value, "choose e.g. // or $$");
        }
        String tail = text.substring(rest, lineEnd).strip();
        boolean comment = tail.startsWith("#") || (tail.startsWith("--") && (tail.length() == 2 || isSpace(tail.charAt(2))));
        if (!tail.isEmpty() && !comment) {
            throw malformed(pos, "unexpected text after DELIMITER " + value + ": " + tail,
                    "put DELIMITER on a line of its own");
        }
        delimiter = value;
        return lineEnd;
    }
}
