package dev.strata.core.script;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checksum of a migration file: SHA-256, in lowercase hex, of its normalized content. Normalizing
 * forgives what editors and checkouts change without anyone meaning it: CRLF and CR line breaks become LF,
 * trailing whitespace on each line goes, and blank lines at the end go (so a missing final newline is the
 * same as one). Every other edit, a leading BOM included, changes the checksum.
 */
public final class Checksum {
    private Checksum() {
    }

    public static String of(String content) {
        return HexFormat.of().formatHex(sha256(normalize(content)));
    }

    /**
     * The same as {@link #of(String)} for a text given also as its exact UTF-8 encoding: when normalizing would only
     * drop line breaks at the end (a file saved with LF and no trailing whitespace, the usual case), the bytes are
     * digested as they are, without building the normalized copy; otherwise the text is normalized.
     */
    static String of(String text, byte[] utf8) {
        int kept = normalizedPrefix(text);
        if (kept < 0) {
            return of(text);
        }
        MessageDigest digest = newDigest();
        digest.update(utf8, 0, utf8.length - (text.length() - kept)); // what is dropped is LFs, a byte each
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The length of the normalized text when it is a prefix of text (no CR, no line ending in whitespace, so only
     * final LFs go), or -1.
     */
    static int normalizedPrefix(String text) {
        if (text.indexOf('\r') >= 0) {
            return -1;
        }
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        int lineStart = 0;
        while (true) {
            int lineBreak = text.indexOf('\n', lineStart);
            int lineEnd = lineBreak < 0 || lineBreak > end ? end : lineBreak;
            if (lineEnd > lineStart && Character.isWhitespace(text.charAt(lineEnd - 1))) {
                return -1;
            }
            if (lineEnd == end) {
                return end;
            }
            lineStart = lineBreak + 1;
        }
    }

    /** The text the checksum is taken over: lines joined by LF, each without trailing whitespace, no trailing blank lines. */
    static String normalize(String content) {
        StringBuilder out = new StringBuilder(content.length());
        int length = content.length();
        int lineStart = 0;
        while (lineStart <= length) {
            int lineEnd = lineStart;
            while (lineEnd < length && content.charAt(lineEnd) != '\n' && content.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            int kept = lineEnd;
            while (kept > lineStart && Character.isWhitespace(content.charAt(kept - 1))) {
                kept--;
            }
            out.append(content, lineStart, kept).append('\n');
            if (lineEnd == length) {
                break;
            }
            lineStart = lineEnd + (content.charAt(lineEnd) == '\r' && lineEnd + 1 < length && content.charAt(lineEnd + 1) == '\n' ? 2 : 1);
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        out.setLength(end);
        return out.toString();
    }

    private static byte[] sha256(String text) {
        return newDigest().digest(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Never updated, only cloned: a clone is much cheaper than a provider lookup per file. */
    private static final MessageDigest PROTOTYPE = lookUp();

    private static MessageDigest newDigest() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return lookUp();
        }
    }

    private static MessageDigest lookUp() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
