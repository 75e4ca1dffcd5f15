package dev.strata.runtime.lint;

import dev.strata.core.lint.sql.SqlType;
import dev.strata.core.script.SqlFlavor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a type as written ({@code character varying(30)}, {@code numeric(10, 2)}, {@code text[]}) into a {@link SqlType}. */
final class Types {
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("integer", "integer"),
            Map.entry("int8", "bigint"), Map.entry("int2", "smallint"),
            Map.entry("character varying", "varchar"), Map.entry("char varying", "varchar"),
            Map.entry("character", "char"), Map.entry("bpchar", "char"),
            Map.entry("timestamp with time zone", "timestamptz"), Map.entry("timestamp without time zone", "timestamp"),
            Map.entry("time with time zone", "timetz"), Map.entry("time without time zone", "time"),
            Map.entry("float8", "double precision"), Map.entry("float4", "real"),
            Map.entry("decimal", "numeric"), Map.entry("dec", "numeric"), Map.entry("bool", "boolean"),
            Map.entry("bit varying", "varbit"));

    private Types() {
    }

    static SqlType read(String text, SqlFlavor flavor) {
        Cursor c = new Cursor(text, flavor);
        List<String> words = new ArrayList<>();
        List<String> args = new ArrayList<>();
        boolean array = false;
        while (!c.atEnd()) {
            Token t = c.peek();
            if (t.isSymbol("(")) {
                for (List<Token> item : c.groupItems()) {
                    args.add(c.text(item));
                }
            } else if (t.isSymbol("[")) {
                c.next();
                c.acceptSymbol("]");
                array = true;
            } else if (t.isSymbol(".")) {
                c.next();
                words.clear(); // a schema-qualified type: keep the last name
            } else if (t.is("ARRAY")) {
                c.next();
                array = true;
            } else if (t.isName() && !(t.is("COLLATE") || t.is("USING"))) {
                words.add(Names.part(c.next(), flavor));
            } else {
                break;
            }
        }
        String name = String.join(" ", words).toLowerCase(Locale.ROOT);
        // MariaDB's INT UNSIGNED, DOUBLE PRECISION …: the first word names the type when the whole is unknown
        if (flavor == SqlFlavor.MARIADB && words.size() > 1) {
            name = words.get(0);
        }
        return new SqlType(ALIASES.getOrDefault(name, name), args, array);
    }
}
