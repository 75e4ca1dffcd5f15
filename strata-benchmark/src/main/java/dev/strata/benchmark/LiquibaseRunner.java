package dev.strata.benchmark;

import java.io.OutputStream;
import java.nio.file.Files;
import java.util.Map;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Liquibase through its command API with default settings (checksums validated, the changelog lock taken):
 * {@code update} for apply and up-to-date, {@code status} for status. The changelog is either an XML file
 * with one changeset per migration, each an {@code sqlFile}, or one formatted SQL changelog. Console output
 * goes to the (silenced) log, and the anonymous analytics that Liquibase sends home are switched off so no
 * run waits on the network.
 */
public final class LiquibaseRunner {

    private LiquibaseRunner() {
    }

    public static void main(String[] args) {
        System.setProperty("liquibase.analytics.enabled", "false");
        RunnerSupport.main("LiquibaseRunner", args, (scenario, db, dir) -> {
            String changelog = Files.exists(dir.resolve(WorkloadWriter.LIQUIBASE_CHANGELOG))
                    ? WorkloadWriter.LIQUIBASE_CHANGELOG : WorkloadWriter.LIQUIBASE_SQL_CHANGELOG;
            Map<String, Object> scope = Map.of(
                    Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(dir),
                    Scope.Attr.ui.name(), new LoggerUIService());
            Scope.child(scope, () -> new CommandScope(scenario == Scenario.STATUS ? "status" : "update")
                    .addArgumentValue("url", db.jdbcUrl())
                    .addArgumentValue("username", db.user())
                    .addArgumentValue("password", db.password())
                    .addArgumentValue("changelogFile", changelog)
                    .setOutput(OutputStream.nullOutputStream())
                    .execute());
        });
    }
}
