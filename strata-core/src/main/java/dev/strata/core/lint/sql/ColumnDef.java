package dev.strata.core.lint.sql;

/**
 * A column definition in CREATE TABLE, ADD COLUMN, or MariaDB's MODIFY/CHANGE.
 *
 * @param name         normalized name
 * @param type         its type
 * @param notNull      {@code NOT NULL} written (a PRIMARY KEY column is NOT NULL too: see {@link #effectivelyNotNull()})
 * @param primaryKey   inline {@code PRIMARY KEY}
 * @param unique       inline {@code UNIQUE}
 * @param defaultValue the default, or null
 * @param generated    how the value is generated, if at all
 * @param references   inline {@code REFERENCES}, or null
 * @param check        inline {@code CHECK (…)} text, or null
 */
public record ColumnDef(String name, SqlType type, boolean notNull, boolean primaryKey, boolean unique,
                        DefaultValue defaultValue, Generated generated, ForeignKeyRef references, String check) {

    /** Values the database computes without a DEFAULT clause. */
    public enum Generated { NONE, IDENTITY, STORED, VIRTUAL, AUTO_INCREMENT }

    public boolean effectivelyNotNull() {
        return notNull || primaryKey;
    }

    /** A DEFAULT, a serial type, identity, auto_increment or a generated expression: new rows get a value. */
    public boolean hasValueSource() {
        return defaultValue != null || type.isSerial() || generated != Generated.NONE;
    }
}
