package dev.strata.benchmark;

import java.io.OutputStream;
import java.util.Map;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Liquibase through its command API with default settings (checksums validated, the changelog lock taken):
 * {@code update} for apply and up-to-date, {@code status} for status. The changelog is an XML file with one
 * changeset per migration, each an {@code sqlFile}. Console output goes to the (silenced) log, and the
 * anonymous analytics that Liquibase sends home are switched off so no run waits on the network.
 */
public final class LiquibaseRunner {

    private LiquibaseRunner() {
    }

    public static void main(String[] args) {
        System.setProperty("liquibase.analytics.enabled", "false");
        RunnerSupport.main("LiquibaseRunner", args, (scenario, db, dir) -> {
            Map<String, Object> scope = Map.of(
                    Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(dir),
                    Scope.Attr.ui.name(), new LoggerUIService());
            Scope.child(scope, () -> new CommandScope(scenario == Scenario.STATUS ? "status" : "update")
                    .addArgumentValue("url", db.jdbcUrl())
                    .addArgumentValue("username", db.user())
                    .addArgumentValue("password", db.password())
                    .addArgumentValue("changelogFile", WorkloadWriter.LIQUIBASE_CHANGELOG)
                    .setOutput(OutputStream.nullOutputStream())
                    .execute());
        });
    }
}
