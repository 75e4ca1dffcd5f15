package dev.strata.runtime.postgres;

import dev.strata.core.ops.ReplaceEnumType;

/**
 * {@code ReplaceEnumType}: PostgreSQL cannot remove or reorder the values of an enum type, so the type is
 * rebuilt: the old one renamed aside, the new one created under the name, every table column of the old
 * type (or an array of it) converted through text, the old type dropped. The operation does not say which
 * columns use the type, so a {@code DO} block finds them in {@code pg_attribute} when the script runs. A
 * column's default is dropped before the conversion and set again with its cast pointing at the new type.
 * A row holding a value the new type lacks makes the conversion fail, as does a view, a domain or a
 * check that depends on the old type: the old type is dropped without CASCADE, so nothing is lost silently.
 */
final class PostgresEnumReplacement {
    private final PostgresClauses sql;

    PostgresEnumReplacement(PostgresClauses sql) {
        this.sql = sql;
    }

    void render(ReplaceEnumType op, PostgresRenderer.Script script) {
        String namespace = op.namespace();
        String name = op.to().name();
        String oldName = PostgresClauses.fit(op.from().name(), "__strata_old");
        String oldType = sql.qualified(namespace, oldName);
        String newType = sql.qualified(namespace, name);
        script.note("PostgreSQL cannot remove or reorder enum values in place: the type is rebuilt (old renamed,"
                + " new created, the columns using it converted through text, old dropped)");
        script.add("ALTER TYPE " + sql.qualified(namespace, op.from().name()) + " RENAME TO " + sql.quote(oldName));
        script.add(new PostgresObjectRenderer(sql).createEnum(namespace, op.to()));
        String body = "\nDECLARE\n"
                + "    old_type regtype := " + sql.literal(oldType) + "::regtype;\n"
                + "    new_type text := " + sql.literal(newType) + ";\n"
                + "    col record;\n"
                + "BEGIN\n"
                + "    FOR col IN\n"
                + "        SELECT c.oid::regclass AS tbl, a.attname, a.atttypid <> old_type AS is_array,\n"
                + "               pg_get_expr(d.adbin, d.adrelid) AS default_expr\n"
                + "        FROM pg_attribute a\n"
                + "        JOIN pg_class c ON c.oid = a.attrelid\n"
                + "        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum\n"
                + "        WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND a.attnum > 0 AND NOT a.attisdropped\n"
                + "          AND a.atttypid IN (old_type, (SELECT t.typarray FROM pg_type t WHERE t.oid = old_type))\n"
                + "    LOOP\n"
                + "        IF col.default_expr IS NOT NULL THEN\n"
                + "            EXECUTE format('ALTER TABLE %s ALTER COLUMN %I DROP DEFAULT', col.tbl, col.attname);\n"
                + "        END IF;\n"
                + "        EXECUTE format('ALTER TABLE %s ALTER COLUMN %I TYPE %s USING %I::%s::%s', col.tbl, col.attname,\n"
                + "            new_type || CASE WHEN col.is_array THEN '[]' ELSE '' END, col.attname,\n"
                + "            CASE WHEN col.is_array THEN 'text[]' ELSE 'text' END,\n"
                + "            new_type || CASE WHEN col.is_array THEN '[]' ELSE '' END);\n"
                + "        IF col.default_expr IS NOT NULL THEN\n"
                + "            EXECUTE format('ALTER TABLE %s ALTER COLUMN %I SET DEFAULT %s', col.tbl, col.attname,\n"
                + "                replace(col.default_expr, '::' || format_type(old_type, NULL), '::' || new_type));\n"
                + "        END IF;\n"
                + "    END LOOP;\n"
                + "END\n";
        String tag = "$strata$";
        for (int i = 1; body.contains(tag); i++) {
            tag = "$strata" + i + "$";
        }
        script.add("DO " + tag + body + tag);
        script.add("DROP TYPE " + oldType);
    }
}
