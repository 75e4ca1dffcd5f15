package dev.strata.runtime.lint;

import dev.strata.core.lint.LintReport;
import dev.strata.core.script.MigrationSet;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.config.LintConfig;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule has a fixture pair under {@code src/test/resources/lint/<dialect>/<rule>/}: {@code bad/} (a migrations
 * directory the rule must fire on) and {@code safe/} (the safe form, on which it must not), each with a snapshot of
 * the exact text output in {@code bad.expected} / {@code safe.expected}. Run with {@code -Dlint.update=true} to
 * rewrite the snapshots (then review the diff).
 */
class LintFixturesTest {
    private static final Path ROOT = Path.of("src", "test", "resources", "lint");
    private static final boolean UPDATE = Boolean.getBoolean("lint.update");

    @TestFactory
    Stream<DynamicTest> everyFixture() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String dialect : List.of("postgres", "mariadb", "sqlite")) {
            try (Stream<Path> rules = Files.list(ROOT.resolve(dialect))) {
                for (Path rule : rules.sorted().toList()) {
                    for (String kind : List.of("bad", "safe")) {
                        Path dir = rule.resolve(kind);
                        if (Files.isDirectory(dir)) {
                            tests.add(DynamicTest.dynamicTest(dialect + "/" + rule.getFileName() + "/" + kind,
                                    () -> check(dialect, rule.getFileName().toString(), kind, dir)));
                        }
                    }
                }
            }
        }
        return tests.stream();
    }

    private static void check(String dialect, String rule, String kind, Path dir) throws IOException {
        DatabaseKind database = DatabaseKind.valueOf(dialect.toUpperCase(Locale.ROOT));
        LintReport report = Lint.run(MigrationSet.load(dir), database, LintConfig.DEFAULTS, null, dir);
        String actual = LintOutput.text(report);
        Path snapshot = dir.resolveSibling(kind + ".expected");
        if (UPDATE || !Files.exists(snapshot)) {
            Files.writeString(snapshot, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("snapshot " + snapshot).isEqualTo(Files.readString(snapshot, StandardCharsets.UTF_8));
        boolean isRule = dev.strata.core.lint.RuleCatalog.find(rule).isPresent();
        if (isRule) {
            List<String> fired = report.findings().stream().map(f -> f.rule()).toList();
            if (kind.equals("bad")) {
                assertThat(fired).as("the bad form must trip " + rule).contains(rule);
            } else {
                assertThat(fired).as("the safe form must not trip " + rule).doesNotContain(rule);
            }
        }
    }
}
