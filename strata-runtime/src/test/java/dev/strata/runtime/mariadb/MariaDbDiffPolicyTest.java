package dev.strata.runtime.mariadb;

import dev.strata.core.diff.ConstraintKind;
import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.Index;
import dev.strata.core.model.IndexElement;
import dev.strata.core.model.Table;
import dev.strata.core.model.UniqueConstraint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MariaDbDiffPolicyTest {
    private final MariaDbDiffPolicy policy = new MariaDbDiffPolicy();

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "int(11)            | int",
            "int(11)            | integer",
            "INT(10) UNSIGNED   | int unsigned",
            "bigint(20)         | bigint",
            "tinyint(1)         | boolean",
            "tinyint(1)         | bool",
            "tinyint(4)         | tinyint",
            "decimal(10,0)      | decimal",
            "decimal(12,0)      | numeric(12)",
            "double             | double precision",
            "varchar(20)        | character varying(20)",
            "char(1)            | char",
            "datetime(0)        | datetime",
            "enum('a','b')      | ENUM('a', 'b')"})
    void equivalentTypes(String a, String b) {
        assertThat(policy.typesEquivalent(ColumnType.parse(a), ColumnType.parse(b))).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "tinyint(1)         | tinyint",
            "int                | int unsigned",
            "int(5) zerofill    | int(6) zerofill",
            "decimal(10,2)      | decimal(10,3)",
            "varchar(20)        | varchar(21)",
            "datetime(3)        | datetime",
            "enum('a','b')      | enum('a','B')",
            "text               | longtext"})
    void differentTypes(String a, String b) {
        assertThat(policy.typesEquivalent(ColumnType.parse(a), ColumnType.parse(b))).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "'5'                    | 5                      | int(11)",
            "1.50                   | '1.5'                  | decimal(10,2)",
            "1                      | true                   | tinyint(1)",
            "0                      | FALSE                  | boolean",
            "current_timestamp()    | CURRENT_TIMESTAMP      | timestamp",
            "current_timestamp()    | now()                  | datetime",
            "current_timestamp(3)   | CURRENT_TIMESTAMP(3)   | timestamp(3)",
            "'it''s'                | 'it\\'s'               | varchar(10)",
            "NULL                   |                        | int(11)",
            "'a'                    | 'a'                    | enum('a','b')"})
    void equivalentDefaults(String a, String b, String type) {
        assertThat(policy.defaultsEquivalent(a, b, ColumnType.parse(type))).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "'NULL'                 | NULL                   | varchar(10)",
            "'a'                    | 'b'                    | varchar(10)",
            "1                      | 2                      | int",
            "current_timestamp()    | current_timestamp(3)   | timestamp(3)",
            "0                      |                        | int"})
    void differentDefaults(String a, String b, String type) {
        assertThat(policy.defaultsEquivalent(a, b, ColumnType.parse(type))).isFalse();
    }

    @Test
    void checksCompareWithAndWithoutBackticks() {
        assertThat(policy.expressionsEquivalent("`n` > 0 and `m` < 10", "n > 0 AND m < 10")).isTrue();
        assertThat(policy.expressionsEquivalent("`n` > 0", "`n` >= 0")).isFalse();
    }

    @Test
    void generatedNames() {
        Table orders = Table.of("orders", Column.of("user_id", "int"), Column.of("ref", "varchar(10)"))
                .withUniques(UniqueConstraint.of("ref", "ref"), UniqueConstraint.of("ref_2", "ref", "user_id"),
                        UniqueConstraint.of("uq_ref", "ref"));

        assertThat(policy.isGeneratedConstraintName(orders, ConstraintKind.FOREIGN_KEY, "orders_ibfk_1")).isTrue();
        assertThat(policy.isGeneratedConstraintName(orders, ConstraintKind.FOREIGN_KEY, "orders_ibfk_12")).isTrue();
        assertThat(policy.isGeneratedConstraintName(orders, ConstraintKind.FOREIGN_KEY, "users_ibfk_1")).isFalse();
        assertThat(policy.isGeneratedConstraintName(orders, ConstraintKind.FOREIGN_KEY, "fk_orders_user")).isFalse();
        assertThat(policy.isGeneratedConstraintName(orders, ConstraintKind.UNIQUE, "ref")).isTrue();
        assertThat(policy.isGeneratedConstraintName(orders, ConstraintKind.UNIQUE, "ref_2")).isTrue();
        assertThat(policy.isGeneratedConstraintName(orders, ConstraintKind.UNIQUE, "uq_ref")).isFalse();
        assertThat(policy.isGeneratedConstraintName(orders, ConstraintKind.CHECK, "CONSTRAINT_1")).isTrue();
        assertThat(policy.isGeneratedConstraintName(orders, ConstraintKind.CHECK, "user_id")).isTrue();
        assertThat(policy.isGeneratedConstraintName(orders, ConstraintKind.CHECK, "ck_positive")).isFalse();
        assertThat(policy.isGeneratedConstraintName(orders, ConstraintKind.PRIMARY_KEY, "PRIMARY")).isTrue();

        assertThat(policy.isGeneratedIndexName(orders, Index.on("user_id", "user_id"))).isTrue();
        assertThat(policy.isGeneratedIndexName(orders, Index.on("user_id_3", "user_id", "ref"))).isTrue();
        assertThat(policy.isGeneratedIndexName(orders, Index.of("ref", IndexElement.expression("`ref`(5)")))).isTrue();
        assertThat(policy.isGeneratedIndexName(orders, Index.on("ix_user", "user_id"))).isFalse();
        assertThat(policy.isGeneratedIndexName(orders, Index.on("user_id_x", "user_id"))).isFalse();
        assertThat(policy.foreignKeysInline()).isFalse();
    }

    @Test
    void viewQualifierOfItsOwnDatabaseOnly() {
        assertThat(MariaDbInspector.withoutSchemaQualifier(
                "select `d``b`.`t`.`a` AS `a` from `d``b`.`t` join `other`.`u` where `t`.`s` = '`d``b`.x' and \"`d``b`.\" <> ''", "d`b"))
                .isEqualTo("select `t`.`a` AS `a` from `t` join `other`.`u` where `t`.`s` = '`d``b`.x' and \"`d``b`.\" <> ''");
    }
}
