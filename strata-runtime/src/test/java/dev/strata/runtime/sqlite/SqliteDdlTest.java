package dev.strata.runtime.sqlite;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SqliteDdlTest {

    @Test
    void readsWhatThePragmasDoNotSay() {
        SqliteDdl.TableFacts facts = SqliteDdl.table("""
                CREATE TABLE IF NOT EXISTS "t" ( -- a comment (with a paren
                  id INTEGER CONSTRAINT pk PRIMARY KEY DESC ON CONFLICT ABORT AUTOINCREMENT,
                  "a ""b""\" TEXT(10) DEFAULT ('x,y') COLLATE "NoCase" CHECK (length("a ""b""\") > 0 /* ) */),
                  [c] INT NOT NULL DEFAULT -1 REFERENCES p (id) ON DELETE SET NULL ON UPDATE NO ACTION MATCH FULL
                      NOT DEFERRABLE UNIQUE,
                  `d` AS (c + 1) STORED,
                  CONSTRAINT fk FOREIGN KEY ([c], `d`) REFERENCES "p" ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                  UNIQUE ("a ""b""\" COLLATE BINARY, c DESC),
                  CHECK (c IN (1, 2, 3))
                ) STRICT""");

        assertThat(facts.primaryKeyName()).isEqualTo("pk");
        assertThat(facts.columns().values()).containsExactlyInAnyOrder(
                new SqliteDdl.ColumnFacts("id", null, true, null),
                new SqliteDdl.ColumnFacts("a \"b\"", "NoCase", false, null),
                new SqliteDdl.ColumnFacts("c", null, false, null),
                new SqliteDdl.ColumnFacts("d", null, false, "c + 1"));
        assertThat(facts.checks()).containsExactly(
                new SqliteDdl.Check(null, "length(\"a \"\"b\"\"\") > 0"), // a comment after the last token is not kept
                new SqliteDdl.Check(null, "c IN (1, 2, 3)"));
        assertThat(facts.foreignKeys()).containsExactly(
                new SqliteDdl.ForeignKeyFacts(null, List.of("c"), "p", false, false),
                new SqliteDdl.ForeignKeyFacts("fk", List.of("c", "d"), "p", true, true));
        assertThat(facts.uniques()).containsExactly(
                new SqliteDdl.Unique(null, List.of("c")),
                new SqliteDdl.Unique(null, List.of("a \"b\"", "c")));
    }

    @Test
    void aTableMadeFromAQueryDeclaresNothing() {
        assertThat(SqliteDdl.table("CREATE TABLE t AS SELECT 1 AS x")).isEqualTo(SqliteDdl.TableFacts.NONE);
        assertThat(SqliteDdl.table(null)).isEqualTo(SqliteDdl.TableFacts.NONE);
    }

    @Test
    void indexKeysAndPredicate() {
        assertThat(SqliteDdl.index("CREATE UNIQUE INDEX IF NOT EXISTS \"ix on\" ON t (a, lower(b) COLLATE nocase DESC, (a + b) ASC) "
                + "WHERE a > 0;"))
                .isEqualTo(new SqliteDdl.IndexFacts(List.of("a", "lower(b)", "(a + b)"), "a > 0"));
        assertThat(SqliteDdl.index("CREATE INDEX ix ON t(a)")).isEqualTo(new SqliteDdl.IndexFacts(List.of("a"), null));
    }

    @Test
    void viewQueryAfterNameAndColumnList() {
        assertThat(SqliteDdl.viewQuery("CREATE TEMP VIEW IF NOT EXISTS v (\"as\", b) AS\n  SELECT 1 AS x, 2")).isEqualTo("SELECT 1 AS x, 2");
        assertThat(SqliteDdl.viewQuery("CREATE VIEW [as] AS SELECT 'AS'")).isEqualTo("SELECT 'AS'");
    }
}
