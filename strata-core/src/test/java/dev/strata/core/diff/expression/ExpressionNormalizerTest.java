package dev.strata.core.diff.expression;

import dev.strata.core.model.ColumnType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static dev.strata.core.diff.expression.ExpressionNormalizer.defaultsEquivalent;
import static dev.strata.core.diff.expression.ExpressionNormalizer.equivalent;
import static dev.strata.core.diff.expression.ExpressionNormalizer.normalize;
import static dev.strata.core.diff.expression.ExpressionNormalizer.normalizeDefault;
import static org.assertj.core.api.Assertions.assertThat;

class ExpressionNormalizerTest {

    @ParameterizedTest(name = "{0} = {1} on {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            'a'::text                                   | 'a'                            | text
            'a'::character varying                      | 'a'                            | character varying(20)
            'a'::varchar                                | 'a'::text                      | varchar(20)
            'active'::character varying(20)             | 'active'                       | varchar(20)
            now()                                       | CURRENT_TIMESTAMP              | timestamp with time zone
            now()                                       | current_timestamp()            | timestamptz
            transaction_timestamp()                     | now()                          | timestamptz
            ('now'::text)::timestamp with time zone     | now()                          | timestamptz
            ('now'::text)::date                         | CURRENT_DATE                   | date
            curdate()                                   | current_date                   | date
            now(6)                                      | CURRENT_TIMESTAMP(6)           | timestamp(6)
            '-1'::integer                               | -1                             | integer
            (-1)                                        | -1                             | integer
            '0'                                         | 0                              | int
            1.50                                        | '1.5'::numeric                 | numeric(10,2)
            0.00                                        | 0                              | numeric(10,2)
            1e3                                         | 1000                           | numeric
            true                                        | 't'::boolean                   | boolean
            TRUE                                        | true                           | bool
            false                                       | 'false'                        | boolean
            'happy'::mood                               | 'happy'                        | mood
            'happy'::public.mood                        | 'happy'::mood                  | mood
            '{}'::jsonb                                 | '{}'                           | jsonb
            '{}'::text[]                                | '{}'                           | text[]
            '2020-01-01'::date                          | '2020-01-01'                   | date
            nextval('users_id_seq'::regclass)           | nextval('users_id_seq')        | integer
            NEXTVAL ( 'users_id_seq'::regclass )        | nextval('users_id_seq')        | bigint
            gen_random_uuid()                           | pg_catalog.gen_random_uuid()   | uuid
            ((0))                                       | 0                              | integer
            """)
    void defaultsSpelledDifferentlyAreEquivalent(String a, String b, String type) {
        assertThat(defaultsEquivalent(a, b, ColumnType.parse(type))).isTrue();
    }

    @ParameterizedTest(name = "{0} <> {1} on {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            'a'::text                      | 'b'                        | text
            'A'                            | 'a'                        | text
            now()                          | statement_timestamp()      | timestamptz
            now()                          | CURRENT_DATE               | timestamptz
            CURRENT_TIMESTAMP              | LOCALTIMESTAMP             | timestamp
            1                              | 2                          | integer
            1.5                            | 1.05                       | numeric
            true                           | false                      | boolean
            0                              | '0'                        | text
            'happy'::mood                  | 'sad'::mood                | mood
            gen_random_uuid()              | uuid_generate_v4()         | uuid
            """)
    void differentDefaultsAreNotEquivalent(String a, String b, String type) {
        assertThat(defaultsEquivalent(a, b, ColumnType.parse(type))).isFalse();
    }

    @Test
    void nullDefaultIsNoDefault() {
        assertThat(normalizeDefault("NULL", ColumnType.parse("text"))).isNull();
        assertThat(normalizeDefault("NULL::character varying", ColumnType.parse("varchar(5)"))).isNull();
        assertThat(defaultsEquivalent(null, "NULL::text", ColumnType.parse("text"))).isTrue();
        assertThat(defaultsEquivalent(null, "''::text", ColumnType.parse("text"))).isFalse();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            (price > (0)::numeric)                                                     | price > 0
            ((price > (0)::numeric))                                                   | PRICE>0
            ((a > 0) AND (b > 0))                                                      | a > 0 and b > 0
            (((a > 0) AND (b > 0)) AND (c > 0))                                        | a > 0 AND (b > 0 AND c > 0)
            (status = ANY (ARRAY['a'::text, 'b'::text]))                               | status IN ('a', 'b')
            ((status)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[])) | status in ('a','b')
            (status <> ALL (ARRAY['x'::text]))                                         | status NOT IN ('x')
            ((email)::text ~~ '%@%'::text)                                             | email LIKE '%@%'
            (NOT ((email)::text ~~* '%@x'::text))                                      | not email ilike '%@x'
            ((n >= 1) AND (n <= 10))                                                   | n BETWEEN 1 AND 10
            (char_length((name)::text) > 0)                                            | char_length(name) > 0
            ("Name" IS NOT NULL)                                                       | "Name" is not null
            ("status" <> 'x')                                                          | status != 'x'
            lower((email)::text)                                                       | lower(email)
            (a + (b * c))                                                              | a + b * c
            CASE WHEN (a > 0) THEN 'p'::text ELSE NULL::text END                       | case when a > 0 then 'p' end
            (quantity > 0) -- positive                                                 | quantity > /* c */ 0
            """)
    void expressionsSpelledDifferentlyAreEquivalent(String a, String b) {
        assertThat(normalize(a)).isEqualTo(normalize(b));
        assertThat(equivalent(a, b)).isTrue();
    }

    @ParameterizedTest(name = "{0} <> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a + b * c                 | (a + b) * c
            a > 0 AND b > 0 OR c > 0  | a > 0 AND (b > 0 OR c > 0)
            "Name" IS NOT NULL        | name IS NOT NULL
            status IN ('a', 'b')      | status IN ('a', 'c')
            price > 0                 | price >= 0
            x::varchar(3) = 'abc'     | x = 'abc'
            1::numeric / 2            | 1 / 2
            'a''b'                    | 'ab'
            """)
    void differentExpressionsAreNotEquivalent(String a, String b) {
        assertThat(normalize(a)).isNotEqualTo(normalize(b));
    }

    @Test
    void unparseableExpressionsAreComparedByTokens() {
        String viewA = " SELECT users.id,\n    users.name\n   FROM users\n  WHERE (users.id IN ( SELECT orders.user_id FROM orders));";
        String viewB = "select users.id, users.name from users where (users.id in (select orders.user_id from orders))";
        assertThat(normalize(viewA)).isEqualTo(normalize(viewB));
        assertThat(normalize("sum(x) OVER (PARTITION BY y)")).isEqualTo("sum ( x ) over ( partition by y )");
    }

    @Test
    void canonicalTextIsStable() {
        assertThat(normalize("(price > (0)::numeric)")).isEqualTo("(price > 0)");
        assertThat(normalize("status IN ('a','b')")).isEqualTo("(status = any array['a', 'b'])");
        assertThat(normalizeDefault("'-1'::integer", ColumnType.parse("integer"))).isEqualTo("-1");
        assertThat(normalizeDefault("now()", ColumnType.parse("timestamptz"))).isEqualTo("current_timestamp");
    }
}
