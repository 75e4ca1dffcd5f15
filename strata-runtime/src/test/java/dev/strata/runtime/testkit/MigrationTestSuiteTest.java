package dev.strata.runtime.testkit;

import dev.strata.core.script.MigrationSet;
import dev.strata.runtime.Database;
import dev.strata.runtime.config.DatabaseUrl;
import dev.strata.runtime.config.ModelConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the suite decides without a database: which checks there are, and the checks that need none. */
class MigrationTestSuiteTest {
    @TempDir
    Path tmp;

    private MigrationTestSuite suite(String example) {
        Database server = new Database(DatabaseUrl.parse("sqlite:" + tmp.resolve("never-opened.db")));
        return MigrationTestSuite.on(server, MigrationSet.load(Examples.migrations(example)));
    }

    private static CheckResult run(MigrationTestSuite suite, String name) {
        return MigrationTestSuite.run(suite.check(name));
    }

    @Test
    void theBuiltInChecksRunInTheContractsOrderThenTheDataTestsByFolder() {
        assertThat(suite(Examples.GOOD).checks()).extracting(Check::name).containsExactly("single-head", "upgrade",
                "model-matches", "up-down-consistency", "downgrade-leaves-no-trace", "checksums", "lint", "tests/3c0000000003");
        assertThat(MigrationTestSuite.BUILT_IN).containsExactly("single-head", "upgrade", "model-matches",
                "up-down-consistency", "downgrade-leaves-no-trace", "checksums", "lint");
    }

    @Test
    void dataTestsSitBesideTheMigrationsDirectory() {
        assertThat(MigrationTestSuite.defaultTestsDir(Path.of("/work/app/db/migrations"))).isEqualTo(Path.of("/work/app/db/tests"));
        assertThat(suite(Examples.GOOD).testsDir()).isEqualTo(Examples.project(Examples.GOOD).resolve("tests"));
        assertThat(suite(Examples.GOOD).withTestsDir(tmp.resolve("none")).checks()).extracting(Check::name)
                .containsExactlyElementsOf(MigrationTestSuite.BUILT_IN);
    }

    @Test
    void singleHeadWantsOneHeadOrExactlyTheConfiguredOnes() {
        CheckResult good = run(suite(Examples.GOOD), "single-head");
        assertThat(good.status()).isEqualTo(CheckStatus.PASS);
        assertThat(good.message()).isEqualTo("one head: 3c0000000003");

        CheckResult two = run(suite(Examples.TWO_HEADS), "single-head");
        assertThat(two.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(two.revision()).isEqualTo("4e0000000004 4f0000000005");
        assertThat(two.message()).isEqualTo("2 heads: 4e0000000004, 4f0000000005; join them with "
                + "`strata merge 4e0000000004 4f0000000005 -m MSG`, or name the expected heads with --heads");

        MigrationTestSuite expectingBoth = suite(Examples.TWO_HEADS).withHeads(List.of("4f0000000005", "4e0000000004"));
        assertThat(run(expectingBoth, "single-head").status()).isEqualTo(CheckStatus.PASS);

        CheckResult wrong = run(suite(Examples.GOOD).withHeads(List.of("2b0000000002")), "single-head");
        assertThat(wrong.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(wrong.message()).isEqualTo("the heads are 3c0000000003, expected 2b0000000002; unexpected: 3c0000000003; "
                + "not a head: 2b0000000002");
    }

    @Test
    void checksWithNothingToCheckAreSkippedWithTheReason() {
        MigrationTestSuite good = suite(Examples.GOOD);
        CheckResult lint = run(good, "lint");
        assertThat(lint.status()).as(lint.message()).isEqualTo(CheckStatus.PASS);
        assertThat(lint.message()).startsWith("no error findings in 3 migration(s)");
        assertThat(run(good, "model-matches")).extracting(CheckResult::status, CheckResult::message)
                .containsExactly(CheckStatus.SKIP, "no model is configured ([model] schema-files in strata.toml)");
        assertThat(run(good, "checksums").status()).isEqualTo(CheckStatus.SKIP);
        assertThat(run(good.withModel(new ModelConfig(List.of(), List.of("com.example"), List.of(), null, null)), "model-matches"))
                .extracting(CheckResult::status, CheckResult::message)
                .containsExactly(CheckStatus.SKIP, "[model] jpa-packages needs a classpath to find the entities on");
    }

    @Test
    void anEmptyMigrationsDirectorySkipsWhatWalksIt() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("migrations"));
        Database server = new Database(DatabaseUrl.parse("sqlite:" + tmp.resolve("never-opened.db")));
        MigrationTestSuite suite = MigrationTestSuite.on(server, MigrationSet.load(empty));
        for (String name : List.of("single-head", "upgrade", "up-down-consistency", "downgrade-leaves-no-trace")) {
            assertThat(run(suite, name)).as(name).extracting(CheckResult::status, CheckResult::message)
                    .containsExactly(CheckStatus.SKIP, "there are no migrations yet");
        }
        assertThat(Files.exists(tmp.resolve("never-opened.db"))).isFalse();
    }

    @Test
    void aDataTestFolderWithoutFilesIsSkippedAndOneNamingNoRevisionFails() throws Exception {
        Path tests = Files.createDirectories(tmp.resolve("tests"));
        Files.createDirectories(tests.resolve("3c00"));
        Files.createDirectories(tests.resolve("not-a-revision"));
        MigrationTestSuite suite = suite(Examples.GOOD).withTestsDir(tests);
        CheckResult empty = run(suite, "tests/3c00");
        assertThat(empty.status()).isEqualTo(CheckStatus.SKIP);
        assertThat(empty.revision()).isEqualTo("3c0000000003");
        assertThat(empty.message()).isEqualTo("tests/3c00 has neither before.sql nor after.sql");
        CheckResult unknown = run(suite, "tests/not-a-revision");
        assertThat(unknown.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(unknown.message()).startsWith("tests/not-a-revision names no revision of ");
    }

    @Test
    void anAssertionHoldsForTrueOrOne() {
        assertThat(SqlAssertions.isTrue(Boolean.TRUE)).isTrue();
        assertThat(SqlAssertions.isTrue(1)).isTrue();
        assertThat(SqlAssertions.isTrue(1L)).isTrue();
        assertThat(SqlAssertions.isTrue("t")).isTrue();
        assertThat(SqlAssertions.isTrue(Boolean.FALSE)).isFalse();
        assertThat(SqlAssertions.isTrue(0)).isFalse();
        assertThat(SqlAssertions.isTrue(2)).isFalse();
        assertThat(SqlAssertions.isTrue(null)).isFalse();
        assertThat(SqlAssertions.isTrue("yes")).isFalse();
    }
}
