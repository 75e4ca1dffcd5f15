package dev.strata.runtime.expand;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** PostgreSQL quoting and the names Strata derives for an expansion's trigger and function. */
final class Sql {
    /** PostgreSQL's NAMEDATALEN - 1: longer identifiers are silently cut. */
    static final int MAX_IDENTIFIER_BYTES = 63;
    private static final String PREFIX = "strata_expand_";

    private Sql() {
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static String literal(String value) {
        return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
    }

    /**
     * The trigger's and the function's name for a revision: {@code strata_expand_<revision>}, unique because a
     * revision declares at most one expansion; a revision too long for 63 bytes keeps its first 40 characters and
     * gains 8 hex digits of its hash, so the name stays unique.
     */
    static String derivedName(String revision) {
        String name = PREFIX + revision;
        if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_IDENTIFIER_BYTES) {
            return name;
        }
        return PREFIX + revision.substring(0, 40) + "_" + sha256(revision).substring(0, 8);
    }

    /** A dollar-quote tag that does not occur in body. */
    static String dollarTag(String body) {
        String tag = "$strata$";
        for (int i = 1; body.contains(tag); i++) {
            tag = "$strata" + i + "$";
        }
        return tag;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
