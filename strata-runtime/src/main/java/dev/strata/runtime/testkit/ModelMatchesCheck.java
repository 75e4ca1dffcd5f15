package dev.strata.runtime.testkit;

import dev.strata.core.diff.Difference;
import dev.strata.core.diff.SchemaDiff;
import dev.strata.core.error.ConfigException;
import dev.strata.core.error.StrataException;
import dev.strata.core.model.Schema;
import dev.strata.runtime.ScratchDatabase;
import dev.strata.runtime.schema.SchemaReader;
import dev.strata.runtime.schema.SchemaSource;
import dev.strata.runtime.schema.SchemaSources;

import java.util.List;
import java.util.stream.Collectors;

/** {@code model-matches}: after upgrading to head, the configured model and the database do not differ. */
final class ModelMatchesCheck implements Check {
    /** How many differences a message lists before it says "and N more". */
    static final int LISTED = 10;

    private final MigrationTestSuite suite;

    ModelMatchesCheck(MigrationTestSuite suite) {
        this.suite = suite;
    }

    @Override
    public String name() {
        return MigrationTestSuite.MODEL_MATCHES;
    }

    @Override
    public CheckResult run() {
        if (!suite.model().isConfigured()) {
            return CheckResult.skip(name(), null, "no model is configured ([model] schema-files in strata.toml)");
        }
        SchemaSource model;
        try {
            model = SchemaSources.model(suite.model());
        } catch (ConfigException e) {
            return CheckResult.skip(name(), null, e.getMessage());
        }
        String head = suite.heads();
        String at = head == null ? "at base" : "at head " + head;
        try (ScratchDatabase scratch = suite.scratch("test_model")) {
            StepMigrator migrator = suite.migrator(scratch.database());
            try {
                migrator.upgrade("heads");
            } catch (StrataException e) {
                return CheckResult.skip(name(), migrator.lastRevision(), "cannot upgrade to head: revision "
                        + migrator.lastRevision() + " fails (the upgrade check reports why)");
            }
            SchemaReader reader = suite.reader();
            Schema live = reader.inspect(scratch.database());
            Schema desired;
            try {
                desired = reader.read(model);
            } catch (StrataException e) {
                return CheckResult.fail(name(), head, "cannot read the model " + model.describe() + ": " + e.getMessage());
            }
            SchemaDiff diff = suite.differ().diff(live, desired);
            if (diff.isEmpty()) {
                return CheckResult.pass(name(), head, at + ", the database matches the model " + model.describe());
            }
            return CheckResult.fail(name(), head, at + ", the database differs from the model " + model.describe() + " in "
                    + diff.differences().size() + " place(s): " + list(diff.differences())
                    + "; write the missing migration with `strata revision --autogenerate -m MSG`");
        }
    }

    /** Differences, semicolon-separated, at most {@link #LISTED} of them. */
    static String list(List<Difference> differences) {
        String listed = differences.stream().limit(LISTED).map(Difference::toString).collect(Collectors.joining("; "));
        return differences.size() > LISTED ? listed + "; and " + (differences.size() - LISTED) + " more" : listed;
    }
}
