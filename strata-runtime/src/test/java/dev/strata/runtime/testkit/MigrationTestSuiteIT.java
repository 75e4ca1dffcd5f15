package dev.strata.runtime.testkit;

import dev.strata.core.script.MigrationSet;
import dev.strata.runtime.Database;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.config.ModelConfig;
import dev.strata.runtime.testing.TestServers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proof: on PostgreSQL, MariaDB and SQLite, the good example passes everything, and each broken example makes
 * exactly the right check fail, with a message that names the revision.
 */
class MigrationTestSuiteIT {
    private static final String DATA_TEST = "tests/3c0000000003";

    static Stream<Arguments> servers() {
        return Stream.of(DatabaseKind.values()).map(Arguments::of);
    }

    static MigrationTestSuite suite(DatabaseKind kind, String example) {
        Database server = TestServers.server(kind);
        return MigrationTestSuite.on(server, MigrationSet.load(Examples.migrations(example)))
                .withModel(new ModelConfig(List.of(Examples.schema(example)), List.of(), List.of(), null, null));
    }

    /** Name → status word, in the order run. */
    private static Map<String, String> statuses(List<CheckResult> results) {
        Map<String, String> statuses = new LinkedHashMap<>();
        results.forEach(r -> statuses.put(r.name(), r.status().word()));
        return statuses;
    }

    private static Map<String, String> expected(String... failOrSkip) {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String name : MigrationTestSuite.BUILT_IN) {
            expected.put(name, "pass");
        }
        expected.put(MigrationTestSuite.CHECKSUMS, "skip");
        expected.put(MigrationTestSuite.LINT, "pass");
        expected.put(DATA_TEST, "pass");
        for (int i = 0; i < failOrSkip.length; i += 2) {
            expected.put(failOrSkip[i], failOrSkip[i + 1]);
        }
        return expected;
    }

    private static CheckResult result(List<CheckResult> results, String name) {
        return results.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<CheckResult> run(DatabaseKind kind, String example) {
        List<CheckResult> results = suite(kind, example).run();
        List<String> lines = new ArrayList<>();
        results.forEach(r -> lines.add(r.status() + " " + r.name() + " [" + r.revision() + "] " + r.message()));
        System.out.println(kind + " " + example + ":\n  " + String.join("\n  ", lines));
        return results;
    }

    @ParameterizedTest
    @MethodSource("servers")
    void theGoodExamplePassesEverything(DatabaseKind kind) {
        List<CheckResult> results = run(kind, Examples.GOOD);
        assertThat(statuses(results)).as(results.toString()).containsExactlyEntriesOf(expected());
        assertThat(result(results, MigrationTestSuite.LINT).message()).startsWith("no error findings in 3 migration(s)");
        assertThat(result(results, MigrationTestSuite.UPGRADE).revision()).isEqualTo("3c0000000003");
        assertThat(result(results, DATA_TEST).message()).contains("3 assertion(s)");
        assertThat(results).allSatisfy(r -> assertThat(r.durationMs()).isNotNegative());
    }

    @ParameterizedTest
    @MethodSource("servers")
    void twoHeadsFailSingleHead(DatabaseKind kind) {
        List<CheckResult> results = run(kind, Examples.TWO_HEADS);
        assertThat(statuses(results)).as(results.toString()).containsExactlyEntriesOf(expected(MigrationTestSuite.SINGLE_HEAD, "fail"));
        CheckResult single = result(results, MigrationTestSuite.SINGLE_HEAD);
        assertThat(single.revision()).isEqualTo("4e0000000004 4f0000000005");
        assertThat(single.message()).contains("2 heads: 4e0000000004, 4f0000000005").contains("strata merge");
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aDowngradeThatLeavesAColumnFailsDowngradeLeavesNoTrace(DatabaseKind kind) {
        List<CheckResult> results = run(kind, Examples.DOWNGRADE_LEAVES_COLUMN);
        assertThat(statuses(results)).as(results.toString())
                .containsExactlyEntriesOf(expected(MigrationTestSuite.DOWNGRADE_LEAVES_NO_TRACE, "fail", MigrationTestSuite.LINT, "fail"));
        // lint's static downgrade-not-inverse sees it too, without a database
        assertThat(result(results, MigrationTestSuite.LINT).message()).contains("downgrade-not-inverse", "customers.email_old is left behind");
        CheckResult trace = result(results, MigrationTestSuite.DOWNGRADE_LEAVES_NO_TRACE);
        assertThat(trace.revision()).isEqualTo("2b0000000002");
        assertThat(trace.message()).contains("revision 2b0000000002 (2b0000000002_add_customer_email.sql) leaves")
                .contains("column-added").contains("customers.email_old").doesNotContain("3c0000000003");
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aDowngradeThatFailsFailsUpDownConsistency(DatabaseKind kind) {
        List<CheckResult> results = run(kind, Examples.DOWNGRADE_FAILS);
        assertThat(statuses(results)).as(results.toString()).containsExactlyEntriesOf(expected(
                MigrationTestSuite.UP_DOWN_CONSISTENCY, "fail", MigrationTestSuite.DOWNGRADE_LEAVES_NO_TRACE, "skip",
                MigrationTestSuite.LINT, "fail"));
        // statically, lint sees that the downgrade (DROP COLUMN e_mail) leaves the upgrade's email column
        assertThat(result(results, MigrationTestSuite.LINT).message()).contains("downgrade-not-inverse", "customers.email is left behind");
        CheckResult upDown = result(results, MigrationTestSuite.UP_DOWN_CONSISTENCY);
        assertThat(upDown.revision()).isEqualTo("2b0000000002");
        assertThat(upDown.message()).startsWith("revision 2b0000000002: its downgrade fails").contains("e_mail");
        CheckResult trace = result(results, MigrationTestSuite.DOWNGRADE_LEAVES_NO_TRACE);
        assertThat(trace.message()).contains("2 revision(s) compared")
                .contains("not compared, their downgrade fails (up-down-consistency reports it): 2b0000000002");
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aDataMigrationThatLosesRowsFailsItsDataTest(DatabaseKind kind) {
        List<CheckResult> results = run(kind, Examples.DATA_LOSS);
        assertThat(statuses(results)).as(results.toString()).containsExactlyEntriesOf(expected(DATA_TEST, "fail"));
        CheckResult data = result(results, DATA_TEST);
        assertThat(data.revision()).isEqualTo("3c0000000003");
        assertThat(data.message()).startsWith("after revision 3c0000000003: tests/3c0000000003/after.sql:3: "
                + "`SELECT COUNT(*) = 3, COUNT(*) FROM clients` returned (").contains(", 2) (expected one row whose first column is true)");
    }

    @ParameterizedTest
    @MethodSource("servers")
    void aModelThatDiffersFailsModelMatches(DatabaseKind kind) {
        List<CheckResult> results = run(kind, Examples.MODEL_DIFFERS);
        assertThat(statuses(results)).as(results.toString()).containsExactlyEntriesOf(expected(MigrationTestSuite.MODEL_MATCHES, "fail"));
        CheckResult model = result(results, MigrationTestSuite.MODEL_MATCHES);
        assertThat(model.revision()).isEqualTo("3c0000000003");
        assertThat(model.message()).startsWith("at head 3c0000000003, the database differs from the model")
                .contains("in 1 place(s)").contains("column-added").contains("clients.phone");
    }

}
