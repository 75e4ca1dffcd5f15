package dev.strata.runtime.postgres;

import dev.strata.core.diff.SchemaDiffer;
import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.EnumType;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Index;
import dev.strata.core.model.IndexElement;
import dev.strata.core.model.Namespace;
import dev.strata.core.model.PrimaryKey;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Table;
import dev.strata.core.model.TableRef;
import dev.strata.core.model.UniqueConstraint;
import dev.strata.core.model.View;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Quotes, spaces, reserved words, unicode and 63-byte names in every kind of name come back exactly. */
class PostgresHostileIdentifiersIT {
    private static final String SCHEMA = "we\"ird schema ü select";
    private static final String TABLE = "select";
    private static final String LONG_63 = "t".repeat(61) + "é"; // 61 + 2 bytes
    private static final String COLUMN_QUOTE = "we\"ird col";
    private static final String COLUMN_UNICODE = "ü space";
    private static final String COLUMN_LONG = "c".repeat(60) + "€"; // 60 + 3 bytes
    private static final String MIXED = "Order";

    @Test
    void hostileNamesRoundTripExactly() {
        assertThat(LONG_63.getBytes(StandardCharsets.UTF_8)).hasSize(63);
        assertThat(COLUMN_LONG.getBytes(StandardCharsets.UTF_8)).hasSize(63);
        PostgresDialect pg = new PostgresDialect();
        String s = pg.quote(SCHEMA);
        try (ScratchPostgres db = ScratchPostgres.create("hostile")) {
            db.run("CREATE SCHEMA " + s);
            db.run("CREATE TYPE " + s + ".\"Mood \"\"x\"\"\" AS ENUM ('it''s', 'ü', ' ')");
            db.run("CREATE TABLE " + s + "." + pg.quote(TABLE) + " ("
                    + pg.quote(COLUMN_QUOTE) + " integer CONSTRAINT \"pk \"\"1\"\"\" PRIMARY KEY, "
                    + pg.quote(COLUMN_UNICODE) + " varchar(20) CONSTRAINT \"ü unique\" UNIQUE, "
                    + pg.quote(COLUMN_LONG) + " integer CONSTRAINT \"check \"\"it\"\"\" CHECK (" + pg.quote(COLUMN_LONG) + " > 0), "
                    + pg.quote(MIXED) + " text)");
            db.run("CREATE TABLE " + s + "." + pg.quote(LONG_63) + " (\"from\" integer CONSTRAINT \"fk ü\" REFERENCES "
                    + s + "." + pg.quote(TABLE) + ", \"user\" text)");
            db.run("CREATE INDEX \"ix \"\"ü\"\" " + "i".repeat(40) + "\" ON " + s + "." + pg.quote(LONG_63) + " (\"user\" DESC)");
            db.run("CREATE INDEX ON " + s + "." + pg.quote(TABLE) + " (" + pg.quote(MIXED) + ", " + pg.quote(COLUMN_UNICODE) + ")");
            db.run("CREATE VIEW " + s + ".\"the view\" AS SELECT " + pg.quote(COLUMN_QUOTE) + " FROM " + s + "." + pg.quote(TABLE));

            Schema schema = db.inspect(SCHEMA);
            assertThat(schema.namespaces()).extracting(Namespace::name).containsExactly(SCHEMA);
            Namespace ns = schema.namespaces().get(0);
            assertThat(ns.enumTypes()).containsExactly(EnumType.of("Mood \"x\"", "it's", "ü", " "));
            assertThat(ns.tables()).extracting(Table::name).containsExactly(TABLE, LONG_63);

            Table select = ns.table(TABLE).orElseThrow();
            assertThat(select.columns()).extracting(Column::name).containsExactly(COLUMN_QUOTE, COLUMN_UNICODE, COLUMN_LONG, MIXED);
            assertThat(select.primaryKey()).isEqualTo(new PrimaryKey("pk \"1\"", List.of(COLUMN_QUOTE)));
            assertThat(select.uniques()).containsExactly(UniqueConstraint.of("ü unique", COLUMN_UNICODE));
            assertThat(select.checks()).containsExactly(CheckConstraint.of("check \"it\"", pg.quote(COLUMN_LONG) + " > 0"));
            String generatedIndex = PostgresNames.objectName(TABLE, MIXED + "_" + COLUMN_UNICODE, "idx");
            assertThat(select.indexes()).containsExactly(Index.on(generatedIndex, MIXED, COLUMN_UNICODE));
            assertThat(generatedIndex).isEqualTo("select_Order_ü space_idx");
            assertThat(new PostgresDiffPolicy().isGeneratedIndexName(select, select.indexes().get(0))).isTrue();

            Table long63 = ns.table(LONG_63).orElseThrow();
            assertThat(long63.columns()).containsExactly(Column.of("from", ColumnType.of("integer")), Column.of("user", ColumnType.of("text")));
            assertThat(long63.foreignKeys()).containsExactly(
                    ForeignKey.of("fk ü", List.of("from"), TableRef.of(SCHEMA, TABLE), List.of(COLUMN_QUOTE)));
            assertThat(long63.indexes()).containsExactly(
                    Index.of("ix \"ü\" " + "i".repeat(40), IndexElement.column("user").desc()));

            assertThat(ns.views()).extracting(View::name).containsExactly("the view");
            assertThat(ns.views().get(0).definition()).contains(pg.quote(SCHEMA) + "." + pg.quote(TABLE));

            assertThat(new SchemaDiffer(new PostgresDiffPolicy()).diff(schema, db.inspect(SCHEMA)).isEmpty()).isTrue();
        }
    }
}
