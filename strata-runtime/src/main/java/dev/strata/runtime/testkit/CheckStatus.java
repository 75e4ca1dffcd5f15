package dev.strata.runtime.testkit;

import java.util.Locale;

/** How a check came out: it held, it did not, or there was nothing (or not everything) it could check. */
public enum CheckStatus {
    PASS, FAIL, SKIP;

    /** {@code pass}, {@code fail} or {@code skip}, as the JSON output spells it. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
