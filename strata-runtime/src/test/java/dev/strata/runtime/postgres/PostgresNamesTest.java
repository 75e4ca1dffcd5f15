package dev.strata.runtime.postgres;

import dev.strata.core.model.IndexElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** makeObjectName and friends, against names PostgreSQL 15 chose (see PostgresGeneratedNamesIT for the live check). */
class PostgresNamesTest {

    @Test
    void shortNamesAreJoined() {
        assertThat(PostgresNames.objectName("users", null, "pkey")).isEqualTo("users_pkey");
        assertThat(PostgresNames.objectName("users", "org_email", "key")).isEqualTo("users_org_email_key");
        assertThat(PostgresNames.objectName("users", "org", "fkey1")).isEqualTo("users_org_fkey1");
    }

    @Test
    void theLongerPartIsShortenedFirst() {
        String table = "a".repeat(40);
        String columns = "b".repeat(40);
        String name = PostgresNames.objectName(table, columns, "idx");
        // 63 - "_" - "_idx" = 58 bytes for the two parts, shared evenly
        assertThat(name).isEqualTo("a".repeat(29) + "_" + "b".repeat(29) + "_idx");
        assertThat(PostgresNames.objectName("t", "c".repeat(100), "key")).isEqualTo("t_" + "c".repeat(57) + "_key");
        assertThat(PostgresNames.objectName("t".repeat(100), null, "pkey")).isEqualTo("t".repeat(58) + "_pkey");
    }

    @Test
    void aCharacterIsNeverCut() {
        String name = PostgresNames.objectName("a" + "ü".repeat(31), null, "pkey");
        assertThat(name).isEqualTo("a" + "ü".repeat(28) + "_pkey");
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isEqualTo(62);
    }

    @Test
    void numberedNamesAreChosenToo() {
        assertThat(PostgresNames.isChosen("t_a_idx", "t", "a", "idx")).isTrue();
        assertThat(PostgresNames.isChosen("t_a_idx12", "t", "a", "idx")).isTrue();
        assertThat(PostgresNames.isChosen("t_a_idx0", "t", "a", "idx")).isFalse();
        assertThat(PostgresNames.isChosen("t_a_idy", "t", "a", "idx")).isFalse();
        String table = "x".repeat(70);
        assertThat(PostgresNames.isChosen(PostgresNames.objectName(table, "col", "idx7"), table, "col", "idx")).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
            "lower(email);lower", "lower((email)::text);lower", "(a + 1);expr", "((a + b));expr", "(d ->> 'k'::text);expr",
            "COALESCE(a, b);coalesce", "public.f(a);f", "\"My Func\"(a);My Func", "ARRAY[a, b];array",
            "CASE WHEN a > 0 THEN b ELSE NULL::integer END;case", "((code)::character varying);code",
            "((a + b))::text;text", "(a + b)::integer;int4", "(lower(x))::text;lower", "a::text || b;expr",
            "to_tsvector('english'::regconfig, body);to_tsvector", "CURRENT_DATE;current_date"})
    void expressionNamesAsFigureColnameGivesThem(String expression, String name) {
        assertThat(PostgresNames.expressionName(expression)).isEqualTo(name);
    }

    @Test
    void indexColumnNamesAreMadeUnique() {
        List<IndexElement> keys = List.of(IndexElement.expression("lower(a)"), IndexElement.expression("upper(a)"),
                IndexElement.expression("lower(b)"), IndexElement.column("lower"));
        assertThat(PostgresNames.indexColumnNames(keys, List.of("lower"), false))
                .containsExactly("lower", "upper", "lower1", "lower2", "lower3");
        assertThat(PostgresNames.indexColumnNames(keys, List.of(), true)).containsExactly("expr", "expr1", "expr2", "lower");
    }
}
