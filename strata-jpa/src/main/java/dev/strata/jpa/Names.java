package dev.strata.jpa;

import dev.strata.runtime.config.DatabaseKind;
import org.hibernate.boot.model.naming.Identifier;

import java.util.Locale;

/**
 * Names as the database stores them after Hibernate's DDL ran: PostgreSQL folds unquoted identifiers to lower
 * case ({@code FK3kd…} is stored {@code fk3kd…}); MariaDB keeps them as written.
 */
final class Names {
    private final DatabaseKind kind;

    Names(DatabaseKind kind) {
        this.kind = kind;
    }

    /** A name Hibernate writes into DDL as it is (unquoted unless it carries quotes). */
    String stored(String name) {
        if (name == null) {
            return null;
        }
        if (name.length() > 1 && (name.startsWith("\"") && name.endsWith("\"") || name.startsWith("`") && name.endsWith("`"))) {
            return name.substring(1, name.length() - 1);
        }
        return kind == DatabaseKind.POSTGRES ? name.toLowerCase(Locale.ROOT) : name;
    }

    /** A name and whether Hibernate quotes it. */
    String stored(String name, boolean quoted) {
        if (name == null) {
            return null;
        }
        return quoted ? name : stored(name);
    }

    String stored(Identifier identifier) {
        return identifier == null ? null : stored(identifier.getText(), identifier.isQuoted());
    }
}
