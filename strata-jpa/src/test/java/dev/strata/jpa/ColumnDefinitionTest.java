package dev.strata.jpa;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnDefinitionTest {

    @Test
    void aTypeAloneIsATypeAlone() {
        for (String type : List.of("varchar(255)", "timestamp(6) with time zone", "numeric(38,2)", "double precision",
                "character varying(10)", "integer array", "enum ('A','B')", "int unsigned", "float(53)", "character(1)")) {
            ColumnDefinition definition = ColumnDefinition.parse(type);
            assertThat(definition.typeOnly()).as(type).isTrue();
            assertThat(definition.type()).as(type).isEqualTo(type);
        }
    }

    @Test
    void clausesAfterTheTypeAreRead() {
        ColumnDefinition d = ColumnDefinition.parse("numeric(8,3) default 0 not null");
        assertThat(d.type()).isEqualTo("numeric(8,3)");
        assertThat(d.defaultValue()).isEqualTo("0");
        assertThat(d.notNull()).isTrue();

        d = ColumnDefinition.parse("text collate \"C\" not null");
        assertThat(d.type()).isEqualTo("text");
        assertThat(d.collation()).isEqualTo("C");

        d = ColumnDefinition.parse("varchar(20) default 'it''s new' check (length(code) > 2) unique");
        assertThat(d.defaultValue()).isEqualTo("'it''s new'");
        assertThat(d.checks()).containsExactly("length(code) > 2");
        assertThat(d.unique()).isTrue();

        d = ColumnDefinition.parse("timestamp default current_timestamp() on update current_timestamp() comment 'touched'");
        assertThat(d.type()).isEqualTo("timestamp");
        assertThat(d.defaultValue()).isEqualTo("current_timestamp()");
        assertThat(d.onUpdate()).isEqualTo("current_timestamp()");
        assertThat(d.comment()).isEqualTo("touched");

        d = ColumnDefinition.parse("int generated always as (a * b) stored");
        assertThat(d.type()).isEqualTo("int");
        assertThat(d.generated()).isEqualTo("a * b");
        assertThat(d.stored()).isTrue();

        d = ColumnDefinition.parse("int check(x > 0)");
        assertThat(d.checks()).containsExactly("x > 0");
        assertThat(ColumnDefinition.parse("bigint not null auto_increment").autoIncrement()).isTrue();
    }
}
