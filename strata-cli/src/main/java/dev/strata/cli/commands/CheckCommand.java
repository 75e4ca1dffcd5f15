package dev.strata.cli.commands;

import dev.strata.cli.Context;
import dev.strata.core.diff.SchemaDiff;
import dev.strata.core.diff.SchemaDiffer;
import dev.strata.runtime.Database;
import dev.strata.runtime.schema.SchemaReader;
import picocli.CommandLine.Command;

import java.util.Set;

@Command(name = "check", description = "Exit 1 when the model and the database at head differ (a pending autogenerate), listing every difference.")
public final class CheckCommand extends ContextCommand {
    @Override
    protected int run(Context context) {
        Database db = context.database();
        AtHead.require(context);
        SchemaReader reader = new SchemaReader(db, Set.of());
        var live = reader.inspect(db);
        DesiredModel model = DesiredModel.read(context, reader);
        SchemaDiff diff = new SchemaDiffer(db.dialect().diffPolicy()).diff(live, model.schema());
        if (context.global().json()) {
            DiffReport.json(context, diff, DiffReport.sql(diff, db.dialect(), live), model.origins());
        } else if (diff.isEmpty()) {
            context.say("The database matches the model.");
        } else {
            context.out().println("The model and the database differ in " + diff.differences().size() + " place(s):");
            DiffReport.list(context, diff.differences(), model.origins());
            context.out().println("Run `strata revision --autogenerate -m MSG` to write the migration.");
        }
        return diff.isEmpty() ? 0 : 1;
    }
}
