package dev.strata.core.lint;

import dev.strata.core.script.SqlFlavor;

/** Which databases a rule judges. */
public enum Scope {
    ALL, POSTGRES, MARIADB;

    public boolean covers(SqlFlavor flavor) {
        return switch (this) {
            case ALL -> true;
            case POSTGRES -> flavor == SqlFlavor.POSTGRES;
            case MARIADB -> flavor == SqlFlavor.MARIADB;
        };
    }
}
