package dev.strata.core.lint.sql;

import java.util.Map;

/**
 * A column definition in CREATE TABLE, ADD COLUMN, or MariaDB's MODIFY/CHANGE.
 *
 * @param name            normalized name
 * @param type            its type
 * @param notNull         {@code NOT NULL} written (a PRIMARY KEY column is NOT NULL too: see {@link #effectivelyNotNull()})
 * @param primaryKey      inline {@code PRIMARY KEY}
 * @param unique          inline {@code UNIQUE}
 * @param defaultValue    the default, or null
 * @param generated       how the value is generated, if at all
 * @param references      inline {@code REFERENCES}, or null
 * @param check           inline {@code CHECK (…)} text, or null
 * @param constraintNames the names given with {@code CONSTRAINT name} to inline constraints, by kind (PRIMARY_KEY,
 *                        UNIQUE, FOREIGN_KEY, CHECK); a kind missing here is left to the database's generated name
 */
public record ColumnDef(String name, SqlType type, boolean notNull, boolean primaryKey, boolean unique,
                        DefaultValue defaultValue, Generated generated, ForeignKeyRef references, String check,
                        Map<ConstraintDef.Kind, String> constraintNames) {

    /** Values the database computes without a DEFAULT clause. */
    public enum Generated { NONE, IDENTITY, STORED, VIRTUAL, AUTO_INCREMENT }

    public ColumnDef {
        constraintNames = Map.copyOf(constraintNames);
    }

    /** A column whose inline constraints (if any) carry no names. */
    public ColumnDef(String name, SqlType type, boolean notNull, boolean primaryKey, boolean unique,
                     DefaultValue defaultValue, Generated generated, ForeignKeyRef references, String check) {
        this(name, type, notNull, primaryKey, unique, defaultValue, generated, references, check, Map.of());
    }

    public boolean effectivelyNotNull() {
        return notNull || primaryKey;
    }

    /** A DEFAULT, a serial type, identity, auto_increment or a generated expression: new rows get a value. */
    public boolean hasValueSource() {
        return defaultValue != null || type.isSerial() || generated != Generated.NONE;
    }

    /** The name given to an inline constraint of this kind, or null. */
    public String constraintName(ConstraintDef.Kind kind) {
        return constraintNames.get(kind);
    }
}
