package dev.strata.runtime.lint.verify;

import dev.strata.core.lint.LintReport;
import dev.strata.core.lint.RuleCatalog;
import dev.strata.core.lint.sql.Stmt;
import dev.strata.core.script.MigrationSet;
import dev.strata.core.script.SqlFlavor;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.ScratchDatabase;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.config.LintConfig;
import dev.strata.runtime.lint.Lint;
import dev.strata.runtime.lint.LintStatementReader;
import dev.strata.runtime.testing.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The static-versus-observed agreement test. Over every PostgreSQL rule fixture (iterated from the directory, so new
 * fixtures are covered as they are added), it lints statically and with {@code --verify}, and for every statement that
 * ran and every rule the {@link AgreementTable} says locks, rewrites or scans can prove, the static verdict (the rule
 * fired on that statement) must equal the observed one. Each such rule must also be proven at least once by its
 * {@code bad} fixture, and every rule of the catalogue must be in the table.
 */
class StaticObservedAgreementIT {
    private static final Path ROOT = Path.of("src", "test", "resources", "lint", "postgres");
    private static final LintStatementReader READER = new LintStatementReader();

    private static ScratchDatabase scratch;
    private static final Map<String, Set<String>> proven = new TreeMap<>();
    private static final List<String> inconclusive = new ArrayList<>();

    @BeforeAll
    static void createScratch() {
        scratch = ScratchDatabase.create(TestServers.server(DatabaseKind.POSTGRES), "agreement");
    }

    @AfterAll
    static void dropScratch() {
        if (scratch != null) {
            scratch.close();
        }
        inconclusive.forEach(line -> System.out.println("agreement: inconclusive: " + line));
        proven.forEach((rule, where) -> System.out.println("agreement: " + rule + " proven by " + where));
    }

    @Test
    void everyRuleIsInTheTable() {
        List<String> missing = RuleCatalog.all().stream().map(RuleCatalog.Rule::id)
                .filter(id -> !AgreementTable.OBSERVABLE.containsKey(id) && !AgreementTable.NOT_OBSERVABLE.containsKey(id)).toList();
        assertThat(missing).as("rules missing from AgreementTable: say what observation proves each, or why none can").isEmpty();
        assertThat(AgreementTable.OBSERVABLE.keySet()).doesNotContainAnyElementsOf(AgreementTable.NOT_OBSERVABLE.keySet());
    }

    @TestFactory
    Stream<DynamicTest> staticAndObservedVerdictsAgree() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> rules = Files.list(ROOT)) {
            for (Path rule : rules.sorted().toList()) {
                for (String kind : List.of("bad", "safe")) {
                    Path dir = rule.resolve(kind);
                    if (Files.isDirectory(dir)) {
                        tests.add(DynamicTest.dynamicTest(rule.getFileName() + "/" + kind, () -> agree(rule.getFileName() + "/" + kind, dir)));
                    }
                }
            }
        }
        tests.add(DynamicTest.dynamicTest("every observable rule is proven by its bad fixture", StaticObservedAgreementIT::everyRuleProven));
        return tests.stream();
    }

    private static void agree(String fixture, Path dir) {
        reset();
        MigrationSet migrations = MigrationSet.load(dir);
        LintReport report = Lint.run(migrations, DatabaseKind.POSTGRES, LintConfig.DEFAULTS, null, dir);
        VerifyReport verified = LintVerifier.verifyOn(scratch.database(), migrations, null, "public");
        Set<String> fired = report.findings().stream().map(f -> key(f.rule(), f.revision(), f.line())).collect(Collectors.toSet());
        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        for (MigrationObservation migration : verified.migrations()) {
            for (StatementObservation observed : migration.statements()) {
                Stmt stmt = READER.read(observed.sql(), SqlFlavor.POSTGRES);
                String where = fixture + " " + migration.revision() + ":" + observed.line() + " `" + observed.sql().strip() + "`";
                for (var entry : AgreementTable.OBSERVABLE.entrySet()) {
                    String rule = entry.getKey();
                    if (!RuleCatalog.get(rule).implemented()) {
                        continue; // in the table; compared from the day the rule is checked
                    }
                    boolean staticVerdict = fired.contains(key(rule, migration.revision(), observed.line()));
                    if (!entry.getValue().about().test(stmt)) {
                        if (staticVerdict) {
                            disagreements.add(where + ": " + rule + " fired on a statement its table entry is not about");
                        }
                        continue;
                    }
                    boolean observedVerdict = entry.getValue().evidence().test(stmt, observed);
                    compared++;
                    if (staticVerdict == observedVerdict) {
                        if (staticVerdict) {
                            proven.computeIfAbsent(rule, r -> new TreeSet<>()).add(fixture);
                        }
                    } else if (observed.failed() && staticVerdict) {
                        inconclusive.add(where + ": " + rule + " fired; the statement failed on the scratch database (" + observed.failure()
                                + "), so what it would do was not seen");
                    } else {
                        disagreements.add(where + ": static says " + (staticVerdict ? "unsafe" : "safe") + " for " + rule
                                + ", observed " + observed.describe() + " (the rule is proven by: " + entry.getValue().proof() + ")");
                    }
                }
            }
        }
        assertThat(disagreements).as("static verdicts contradicted by observation").isEmpty();
        assertThat(verified.migrations()).as("observed migrations").isNotEmpty();
        assertThat(compared + report.findings().size()).as("something was compared or found").isPositive();
    }

    private static void everyRuleProven() throws IOException {
        List<String> unproven = new ArrayList<>();
        for (String rule : AgreementTable.OBSERVABLE.keySet()) {
            if (RuleCatalog.get(rule).implemented() && Files.isDirectory(ROOT.resolve(rule).resolve("bad"))
                    && !proven.getOrDefault(rule, Set.of()).contains(rule + "/bad")) {
                unproven.add(rule + " (" + AgreementTable.OBSERVABLE.get(rule).proof() + ")");
            }
        }
        assertThat(unproven).as("observable rules whose bad fixture was not proven by observation").isEmpty();
    }

    private static String key(String rule, String revision, int line) {
        return rule + "@" + revision + ":" + line;
    }

    /** Drops every schema the last fixture made, so each fixture starts from an empty database. */
    private static void reset() {
        try (JdbcSession session = scratch.database().open()) {
            List<String> schemas = session.query("SELECT quote_ident(nspname) FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%'"
                    + " AND nspname <> 'information_schema'", r -> r.getString(1));
            for (String schema : schemas) {
                session.execute("DROP SCHEMA " + schema + " CASCADE");
            }
            session.execute("CREATE SCHEMA public");
        }
    }

}
