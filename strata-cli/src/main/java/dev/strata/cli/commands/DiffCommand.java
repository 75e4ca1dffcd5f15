package dev.strata.cli.commands;

import dev.strata.cli.Context;
import dev.strata.core.diff.DiffOptions;
import dev.strata.core.diff.SchemaDiff;
import dev.strata.core.diff.SchemaDiffer;
import dev.strata.core.model.Schema;
import dev.strata.runtime.Database;
import dev.strata.runtime.schema.SchemaReader;
import dev.strata.runtime.schema.SchemaSource;
import dev.strata.runtime.schema.SchemaSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

@Command(name = "diff", description = "The SQL that turns one schema into another. Prints only SQL, so it can be piped to psql.")
public final class DiffCommand extends ContextCommand {
    @Option(names = "--from", required = true, paramLabel = "SRC", description = "model, a database URL, a .sql file or folder, a migrations directory, or DIR@REV")
    String from;

    @Option(names = "--to", required = true, paramLabel = "SRC")
    String to;

    @Option(names = "--schema", paramLabel = "NAME", description = "Only this schema (repeatable; default: every non-system schema).")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--rename", paramLabel = "TABLE.OLD=NEW", description = "Treat a dropped and an added column (or table: OLD=NEW) as a rename.")
    List<String> renames = new ArrayList<>();

    @Option(names = "--exit-code", description = "Exit 1 when there are differences.")
    boolean exitCode;

    @Override
    protected int run(Context context) {
        SchemaSource source = SchemaSources.parse(from, context.model(), context.workingDir());
        SchemaSource target = SchemaSources.parse(to, context.model(), context.workingDir());
        Database server = server(context, source, target);
        SchemaReader reader = new SchemaReader(server, Set.copyOf(schemas));
        Schema a = reader.read(source);
        Schema b = reader.read(target);
        SchemaDiff diff = new SchemaDiffer(server.dialect().diffPolicy()).diff(a, b, new DiffOptions(renames));
        String sql = DiffReport.sql(diff, server.dialect(), a);
        if (context.global().json()) {
            DiffReport.json(context, diff, sql);
        } else if (diff.isEmpty()) {
            context.out().println("-- no differences between " + source.describe() + " and " + target.describe());
        } else {
            context.out().println("-- " + diff.differences().size() + " difference(s) from " + source.describe() + " to " + target.describe());
            context.out().print(sql);
        }
        return exitCode && !diff.isEmpty() ? 1 : 0;
    }

    /** Scratch databases go on the server of a URL source, else on the configured database's server. */
    private static Database server(Context context, SchemaSource... sources) {
        for (SchemaSource source : sources) {
            if (source instanceof SchemaSource.Live live) {
                return new Database(live.url());
            }
        }
        return context.database();
    }
}
