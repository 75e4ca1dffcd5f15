package dev.strata.cli.commands;

import dev.strata.cli.Context;
import dev.strata.core.diff.Difference;
import dev.strata.core.diff.SchemaDiff;
import dev.strata.runtime.Dialect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints a schema diff: SQL (or the differences) in text, or the contract's JSON document. */
final class DiffReport {
    private DiffReport() {
    }

    /** The SQL that turns {@code from} into the other side of the diff. */
    static String sql(SchemaDiff diff, Dialect dialect, dev.strata.core.model.Schema from) {
        return diff.isEmpty() ? "" : dialect.renderer(from).render(diff.operations()).text();
    }

    static void json(Context context, SchemaDiff diff, String sql) {
        json(context, diff, sql, object -> null);
    }

    /** With {@code origin} (the entity and field an object comes from) on the differences that have one. */
    static void json(Context context, SchemaDiff diff, String sql, java.util.function.Function<String, String> origins) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("differences", diff.differences().stream().map(d -> {
            Map<String, String> row = row(d);
            String origin = origins.apply(d.object());
            if (origin != null) {
                row.put("origin", origin);
            }
            return row;
        }).toList());
        document.put("sql", sql);
        context.printJson(document);
    }

    /** Every difference, one per line: {@code kind object: detail}. */
    static void list(Context context, List<Difference> differences) {
        list(context, differences, object -> null);
    }

    /** Each difference, and the entity and field it comes from where the model knows it. */
    static void list(Context context, List<Difference> differences, java.util.function.Function<String, String> origins) {
        for (Difference d : differences) {
            String origin = origins.apply(d.object());
            context.out().println("  " + d.kind() + " " + d.object() + (d.detail() == null || d.detail().isEmpty() ? "" : ": " + d.detail())
                    + (origin == null ? "" : " (from " + origin + ")"));
        }
    }

    private static Map<String, String> row(Difference d) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("object", d.object());
        row.put("kind", d.kind());
        row.put("detail", d.detail());
        return row;
    }
}
