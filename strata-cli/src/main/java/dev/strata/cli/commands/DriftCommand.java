package dev.strata.cli.commands;

import dev.strata.cli.Context;
import dev.strata.core.diff.SchemaDiff;
import dev.strata.core.diff.SchemaDiffer;
import dev.strata.runtime.Database;
import dev.strata.runtime.schema.SchemaReader;
import dev.strata.runtime.schema.SchemaSource;
import picocli.CommandLine.Command;

import java.util.Set;

@Command(name = "drift", description = "Compare the live schema with the schema its recorded revision implies; exit 1 on drift.")
public final class DriftCommand extends ContextCommand {
    @Override
    protected int run(Context context) {
        Database db = context.database();
        Set<String> current = context.currentRows();
        context.migrations().graph().applied(current); // refuses rows that name no migration file
        SchemaReader reader = new SchemaReader(db, Set.of());
        String target = current.isEmpty() ? "base" : String.join(" ", current);
        var expected = reader.read(new SchemaSource.Migrations(context.migrations().dir(), target));
        SchemaDiff diff = new SchemaDiffer(db.dialect().diffPolicy()).diff(expected, reader.inspect(db));
        if (context.global().json()) {
            DiffReport.json(context, diff, DiffReport.sql(diff, db.dialect(), expected));
        } else if (diff.isEmpty()) {
            context.say("No drift: the database is what its migrations up to " + Describe.ids(current) + " make.");
        } else {
            context.out().println("Drift: the database differs from what its migrations up to " + Describe.ids(current)
                    + " make, in " + diff.differences().size() + " place(s):");
            DiffReport.list(context, diff.differences());
        }
        return diff.isEmpty() ? 0 : 1;
    }
}
