package dev.strata.cli.commands;

import dev.strata.cli.Context;
import dev.strata.core.error.BadInputException;
import dev.strata.core.error.MultipleHeadsException;
import dev.strata.core.graph.Revision;
import dev.strata.core.graph.RevisionGraph;
import dev.strata.core.script.ScriptWriter;
import dev.strata.core.diff.DiffOptions;
import dev.strata.core.diff.Difference;
import dev.strata.core.diff.SchemaDiff;
import dev.strata.core.diff.SchemaDiffer;
import dev.strata.runtime.Database;
import dev.strata.core.lint.Finding;
import dev.strata.core.lint.LintReport;
import dev.strata.core.lint.Severity;
import dev.strata.core.script.MigrationSet;
import dev.strata.runtime.lint.Lint;
import dev.strata.runtime.schema.GeneratedMigration;
import dev.strata.runtime.schema.SchemaReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

@Command(name = "revision", description = "Write a new migration file on top of the head (or of --head): empty, or with --autogenerate the diff from the database to the model.")
public final class RevisionCommand extends ContextCommand {
    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MSG", description = "What the migration does.")
    String message;

    @Option(names = "--head", paramLabel = "REV", description = "The revision to build on (default: the single head; `base` starts a new root).")
    String head;

    @Option(names = "--splice", description = "Allow --head to name a revision that is not a head (starts a branch).")
    boolean splice;

    @Option(names = "--branch-label", paramLabel = "LABEL", description = "Label the new revision's branch (repeatable).")
    List<String> branchLabels = new ArrayList<>();

    @Option(names = "--depends-on", paramLabel = "REV", description = "A revision that must be applied first (repeatable).")
    List<String> dependsOn = new ArrayList<>();

    @Option(names = "--rev-id", paramLabel = "ID", description = "Use this revision id instead of a generated one.")
    String revId;

    @Option(names = "--autogenerate", description = "Write the upgrade and downgrade from the difference between the model and the database at head.")
    boolean autogenerate;

    @Option(names = "--rename", paramLabel = "TABLE.OLD=NEW", description = "With --autogenerate: a dropped and an added column (or table: OLD=NEW) are a rename.")
    List<String> renames = new ArrayList<>();

    @Option(names = "--non-transactional", description = "Mark the migration `transactional false` (for CREATE INDEX CONCURRENTLY and the like).")
    boolean nonTransactional;

    @Override
    protected int run(Context context) {
        RevisionGraph graph = context.migrations().graph();
        List<String> parents = parents(graph);
        List<String> dependencies = dependsOn.stream().map(ref -> graph.resolve(ref).id()).toList();
        String id = revId != null ? revId : ScriptWriter.newRevisionId();
        Revision revision = new Revision(id, parents, dependencies, Set.copyOf(branchLabels), message);
        if (!autogenerate) {
            return NewRevisionFile.write(context, revision, !nonTransactional, "", "");
        }
        AtHead.require(context);
        Database db = context.database();
        SchemaReader reader = new SchemaReader(db, Set.of());
        var live = reader.inspect(db);
        DesiredModel desired = DesiredModel.read(context, reader);
        var model = desired.schema();
        SchemaDiff diff = new SchemaDiffer(db.dialect().diffPolicy()).diff(live, model, new DiffOptions(renames));
        if (diff.isEmpty()) {
            context.say("No changes between the model and the database: nothing written.");
            return 0;
        }
        diff.differences().stream().filter(d -> d.kind().equals(Difference.POSSIBLE_RENAME))
                .forEach(d -> context.note("Possible rename, written as drop and add: " + d.object() + " (" + d.detail()
                        + "); say --rename TABLE.OLD=NEW if it is one"));
        GeneratedMigration generated = GeneratedMigration.of(diff, db.dialect(), live, model);
        int code = NewRevisionFile.write(context, revision, generated.transactional() && !nonTransactional,
                generated.upgrade(), generated.downgrade());
        warnOfLintFindings(context, id);
        return code;
    }

    /**
     * The new migration, linted in the context of the history as the upgrade gate will: what the model asks for may
     * still be unsafe to run on a live table (a type change that rewrites it, a rename), and the author should know
     * now, not when {@code upgrade} refuses it. The file is written either way: it is the author's to change.
     */
    private static void warnOfLintFindings(Context context, String id) {
        MigrationSet written = MigrationSet.load(context.migrations().dir());
        LintReport report = Lint.run(written, context.settings().url().kind(), context.settings().lint(), null, context.workingDir());
        List<Finding> findings = report.findings().stream()
                .filter(f -> id.equals(f.revision()) && f.severity() != Severity.INFO).toList();
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        if (findings.isEmpty()) {
            return;
        }
        context.note("Lint of the new migration: " + errors + " error(s), " + (findings.size() - errors) + " warning(s)"
                + (errors > 0 ? "; `strata upgrade` refuses it until it is made safe (e.g. `strata:expand` for a type change or"
                        + " a rename), or a finding is suppressed with `-- strata:allow RULE-ID reason`, or with --allow-unsafe" : "") + ":");
        for (Finding f : findings) {
            context.note("  " + f.file() + ":" + f.line() + ": " + f.severity().name().toLowerCase(java.util.Locale.ROOT) + " "
                    + f.rule() + ": " + f.message());
        }
    }

    private List<String> parents(RevisionGraph graph) {
        if (head == null) {
            if (graph.heads().size() > 1) {
                throw new MultipleHeadsException("the migrations have " + graph.heads().size() + " heads: " + String.join(", ", graph.heads()),
                        "say which to build on with --head, or join them first with `strata merge heads -m MSG`");
            }
            return List.copyOf(graph.heads());
        }
        if (head.equals("base")) {
            return List.of();
        }
        List<String> resolved = List.copyOf(graph.stampRows(Set.of(), target(head)));
        for (String parent : resolved) {
            if (!splice && !graph.heads().contains(parent)) {
                throw new BadInputException(parent + " is not a head", "pass --splice to start a branch from it");
            }
        }
        return resolved;
    }
}
