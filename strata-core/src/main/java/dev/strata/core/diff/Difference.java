package dev.strata.core.diff;

import java.util.Objects;

/**
 * One difference between two schemas, as the contract's JSON shows it: {@code {"object", "kind", "detail"}}.
 *
 * @param object the qualified name of the object: {@code public.users}, {@code public.users.email},
 *               {@code public.users.ix_users_email}, {@code pgcrypto}
 * @param kind   what happened to it: {@code <object type>-added}, {@code -removed}, {@code -changed},
 *               {@code -renamed}, {@code -recreated} (types: {@code schema}, {@code extension},
 *               {@code enum-type}, {@code domain}, {@code sequence}, {@code table}, {@code column},
 *               {@code primary-key}, {@code foreign-key}, {@code unique}, {@code check}, {@code exclusion},
 *               {@code index}, {@code view}), or {@code possible-rename}
 * @param detail a human explanation, possibly empty
 */
public record Difference(String object, String kind, String detail) {

    /** A dropped and an added object that may be one renamed object; never acted on without {@code --rename}. */
    public static final String POSSIBLE_RENAME = "possible-rename";

    public Difference {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
    }

    @Override
    public String toString() {
        return kind + " " + object + (detail.isEmpty() ? "" : ": " + detail);
    }
}
