package dev.strata.runtime.lint;

import dev.strata.core.lint.sql.Stmt;
import dev.strata.core.script.SqlFlavor;
import dev.strata.core.script.SqlStatement;
import dev.strata.core.script.StatementSplitter;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The statement reader understands every statement of the schema corpus (the diff tests' SQL files), in all three dialects. */
class LintCorpusTest {
    @Test
    void everyCorpusStatementIsUnderstood() throws Exception {
        LintStatementReader reader = new LintStatementReader();
        List<String> unrecognized = new ArrayList<>();
        int total = 0;
        for (String dialect : List.of("postgres", "mariadb", "sqlite")) {
            SqlFlavor flavor = SqlFlavor.valueOf(dialect.toUpperCase(Locale.ROOT));
            Path root = Path.of("src", "test", "resources", "corpus", dialect);
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
                    for (SqlStatement statement : StatementSplitter.split(Files.readString(file), flavor, 1)) {
                        total++;
                        if (reader.read(statement.sql(), flavor) instanceof Stmt.Unrecognized u) {
                            unrecognized.add(file + ":" + statement.line() + ": " + u.reason());
                        }
                    }
                }
            }
        }
        assertThat(total).isGreaterThan(300);
        assertThat(unrecognized).isEmpty();
    }
}
