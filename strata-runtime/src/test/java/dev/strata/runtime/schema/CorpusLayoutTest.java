package dev.strata.runtime.schema;

import dev.strata.core.script.StatementSplitter;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.schema.Corpus.Case;
import dev.strata.runtime.schema.Corpus.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The corpus is well formed, without a database: enough cases, two files each, and a known-gaps list that names real cases. */
class CorpusLayoutTest {

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void eachDialectHasItsShareOfCases(DatabaseKind kind) {
        int least = kind == DatabaseKind.POSTGRES ? 40 : 10;
        assertThat(Corpus.cases(kind)).as("cases in corpus/%s", Corpus.folder(kind)).hasSizeGreaterThanOrEqualTo(least);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void eachCaseIsTwoDifferentSchemaFilesTheDialectsClientCanSplit(DatabaseKind kind) throws IOException {
        for (Case c : Corpus.cases(kind)) {
            try (Stream<Path> files = Files.list(c.dir())) {
                assertThat(files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()))
                        .as("%s holds a.sql and b.sql, nothing else", c).isEqualTo(Set.of(Corpus.A, Corpus.B));
            }
            assertThat(c.name()).as("%s: case folders are named NN-what-changes", c).matches("\\d{2}-[a-z0-9-]+");
            assertThat(Corpus.read(c.a())).as("%s: a.sql and b.sql differ", c).isNotEqualTo(Corpus.read(c.b()));
            for (Path file : List.of(c.a(), c.b())) {
                assertThatCode(() -> StatementSplitter.split(Corpus.read(file), Corpus.flavor(kind), 1, file.toString()))
                        .as("%s splits", file).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void everyKnownGapNamesAnExistingCaseAPartAndAReason() {
        Map<String, String> gaps = Corpus.knownGaps();
        for (Map.Entry<String, String> gap : gaps.entrySet()) {
            String key = gap.getKey();
            int hash = key.indexOf('#');
            String id = hash < 0 ? key : key.substring(0, hash);
            if (hash >= 0) {
                assertThatCode(() -> Part.of(key.substring(hash + 1))).as(key).doesNotThrowAnyException();
            }
            int slash = id.indexOf('/');
            assertThat(slash).as("%s: <dialect>/<case>[#part]", key).isPositive();
            String dialect = id.substring(0, slash);
            DatabaseKind kind = Stream.of(DatabaseKind.values()).filter(k -> Corpus.folder(k).equals(dialect)).findFirst().orElse(null);
            assertThat(kind).as("%s: the dialect is postgres, mariadb or sqlite", key).isNotNull();
            String name = id.substring(slash + 1);
            if (!name.equals("*")) {
                assertThat(Corpus.cases(kind)).extracting(Case::name).as("%s names an existing case", key).contains(name);
            }
            assertThat(gap.getValue()).as("%s has a reason", key).isNotBlank();
        }
    }
}
