package dev.strata.runtime.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes passwords out of text. It errs on the side of hiding too much: in {@code scheme://a:b@c} everything between
 * the first ':' and the last '@' of the run of non-blank characters is hidden, even when the '@' belongs to a
 * later part of the URL, because a password may itself contain '/', '?' or '@'.
 */
final class Redaction {
    static final String MASK = "***";

    /** {@code password=}, {@code sslpassword=}, {@code keyStorePassword=}…; the value quoted or up to a separator. */
    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "(?i)(\\b[A-Za-z0-9_.-]*password)(\\s*=\\s*)('[^']*'?|\"[^\"]*\"?|[^&;\\s'\"<>]*)");

    private Redaction() {
    }

    static String redact(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = SECRET_PARAMETER.matcher(redactUserInfo(text));
        return matcher.replaceAll(match -> Matcher.quoteReplacement(match.group(1) + match.group(2) + MASK));
    }

    /** True for parameter names whose value is a secret. */
    static boolean isSecretKey(String key) {
        return key.toLowerCase(Locale.ROOT).endsWith("password");
    }

    /** The text with control characters shown as '?', so that a message stays on one line. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }

    private static String redactUserInfo(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        int separator;
        while ((separator = text.indexOf("://", from)) >= 0) {
            int start = separator + 3;
            int end = start;
            while (end < text.length() && !isBoundary(text.charAt(end))) {
                end++;
            }
            int at = text.lastIndexOf('@', end - 1);
            int colon = text.indexOf(':', start);
            if (at >= start && colon >= 0 && colon < at) {
                out.append(text, from, colon + 1).append(MASK);
                from = at;
            } else {
                out.append(text, from, start);
                from = start;
            }
        }
        return out.append(text, from, text.length()).toString();
    }

    private static boolean isBoundary(char c) {
        return Character.isWhitespace(c) || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`';
    }
}
