package dev.strata.core.lint;

import java.util.Locale;

/** How bad a finding is. Any {@link #ERROR} makes {@code strata lint} exit 1. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The word used in output and in {@code [lint.rules]}: error, warning, info. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** error, warning or info (any case); null for {@code off}; IllegalArgumentException for anything else. */
    public static Severity parse(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        return switch (w) {
            case "error" -> ERROR;
            case "warning" -> WARNING;
            case "info" -> INFO;
            case "off" -> null;
            default -> throw new IllegalArgumentException("unknown severity '" + word + "'");
        };
    }
}
