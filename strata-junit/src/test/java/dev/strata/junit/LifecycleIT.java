package dev.strata.junit;

import dev.strata.runtime.config.DatabaseUrl;
import dev.strata.runtime.testkit.StepMigrator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Runs small fixture classes with the JUnit launcher and checks what the extension did: one database per class as
 * a static field, one per test as an instance field, each dropped at the end, and the checks of a broken project
 * reported as failed, skipped and passed tests.
 */
class LifecycleIT {
    /** The scratch databases the fixtures saw, in order. */
    static final List<DatabaseUrl> SEEN = new CopyOnWriteArrayList<>();

    /** Display name → "SUCCESSFUL", "ABORTED: reason" or "FAILED: message", of every test the launcher ran. */
    private static Map<String, String> run(Class<?> fixture) {
        SEEN.clear();
        Map<String, String> outcomes = new ConcurrentHashMap<>();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(fixture)).build();
        LauncherFactory.create().execute(request, new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (test.isTest() || result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                    outcomes.put(test.getDisplayName(), result.getStatus()
                            + result.getThrowable().map(t -> ": " + t.getMessage()).orElse(""));
                }
            }
        });
        return outcomes;
    }

    @Test
    void asAStaticFieldOneMariaDbDatabaseServesTheClassAndIsDroppedAfterIt() {
        Map<String, String> outcomes = run(PerClassFixture.class);
        assertThat(outcomes).containsOnly(Map.entry("upgrades()", "SUCCESSFUL"), Map.entry("seesTheUpgrade(StepMigrator)", "SUCCESSFUL"));
        assertThat(SEEN).hasSize(2);
        assertThat(SEEN.get(0)).isEqualTo(SEEN.get(1));
        assertThat(SEEN.get(0).database()).startsWith("strata_scratch_junit_");
        assertThat(Servers.exists(SEEN.get(0))).as("dropped after the class").isFalse();
    }

    @Test
    void asAnInstanceFieldEachTestGetsItsOwnSqliteDatabase() {
        Map<String, String> outcomes = run(PerTestFixture.class);
        assertThat(outcomes).containsOnly(Map.entry("first(StepMigrator)", "SUCCESSFUL"), Map.entry("second(StepMigrator)", "SUCCESSFUL"));
        assertThat(SEEN).hasSize(2);
        assertThat(SEEN.get(0)).isNotEqualTo(SEEN.get(1));
        assertThat(SEEN).allSatisfy(url -> assertThat(Servers.exists(url)).as("dropped after its test: " + url).isFalse());
    }

    @Test
    void theChecksOfABrokenProjectAreFailedSkippedAndPassedTests() {
        Map<String, String> outcomes = run(BrokenFixture.class);
        assertThat(outcomes.keySet()).containsExactlyInAnyOrder("single-head", "upgrade", "model-matches", "up-down-consistency",
                "downgrade-leaves-no-trace", "checksums", "lint", "tests/3c0000000003");
        assertThat(outcomes.get("downgrade-leaves-no-trace")).startsWith("FAILED: downgrade-leaves-no-trace: after upgrade and "
                + "downgrade the schema differs from before: revision 2b0000000002").contains("email_old");
        // lint's static downgrade-not-inverse sees the same bad downgrade, without a database
        assertThat(outcomes.get("lint")).startsWith("FAILED: lint: ").contains("downgrade-not-inverse", "email_old is left behind");
        assertThat(outcomes.get("checksums")).startsWith("ABORTED: checksums skipped: no environment");
        for (String passing : List.of("single-head", "upgrade", "model-matches", "up-down-consistency", "tests/3c0000000003")) {
            assertThat(outcomes.get(passing)).as(passing).isEqualTo("SUCCESSFUL");
        }
    }

    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class PerClassFixture {
        @RegisterExtension
        static StrataExtension db = StrataExtension.mariadb(Servers.MARIADB).migrations(Servers.migrations("good"));

        @Test
        @Order(1)
        void upgrades() {
            SEEN.add(db.database().url());
            db.migrator().upgradeOne();
            assertThat(db.migrator().current()).containsExactly("1a0000000001");
        }

        @Test
        @Order(2)
        void seesTheUpgrade(StepMigrator migrator) {
            SEEN.add(migrator.database().url());
            assertThat(migrator.current()).containsExactly("1a0000000001");
            migrator.upgradeOne();
            assertThat(migrator.current()).containsExactly("2b0000000002");
        }
    }

    static class PerTestFixture {
        @RegisterExtension
        StrataExtension db = StrataExtension.sqlite().migrations(Servers.migrations("good")).upgradedTo("1a0000000001");

        @Test
        void first(StepMigrator migrator) {
            SEEN.add(migrator.database().url());
            assertThat(migrator.current()).containsExactly("1a0000000001");
            migrator.upgrade("head");
        }

        @Test
        void second(StepMigrator migrator) {
            SEEN.add(migrator.database().url());
            assertThat(migrator.current()).containsExactly("1a0000000001");
            migrator.upgrade("head");
        }
    }

    static class BrokenFixture {
        @RegisterExtension
        static StrataExtension db = StrataExtension.sqlite()
                .migrations(Servers.migrations("downgrade-leaves-column"))
                .model(Servers.schema("downgrade-leaves-column"));

        @TestFactory
        Stream<DynamicTest> checks() {
            return db.checks();
        }
    }
}
