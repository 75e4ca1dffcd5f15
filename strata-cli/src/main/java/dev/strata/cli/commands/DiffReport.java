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
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("differences", diff.differences().stream().map(DiffReport::row).toList());
        document.put("sql", sql);
        context.printJson(document);
    }

    /** Every difference, one per line: {@code kind object: detail}. */
    static void list(Context context, List<Difference> differences) {
        for (Difference d : differences) {
            context.out().println("  " + d.kind() + " " + d.object() + (d.detail() == null || d.detail().isEmpty() ? "" : ": " + d.detail()));
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
