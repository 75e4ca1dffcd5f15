package dev.strata.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.strata.core.error.ConfigException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Passwords never show: not in toString, redacted, redact(text), nor in the errors of a URL that does not parse. */
class DatabaseUrlRedactionTest {
    private static final String SECRET = "hunter2";

    @ParameterizedTest
    @ValueSource(strings = {
            "postgresql://app:hunter2@h:5432/db",
            "postgres://app:hunter2@h/db?sslmode=require",
            "mariadb://app:hunter2@h/db",
            "mysql://app:hunter2@h/db",
            "jdbc:postgresql://h/db?user=app&password=hunter2",
            "jdbc:postgresql://h/db?user=app&PASSWORD=hunter2&sslpassword=hunter2",
            "jdbc:mariadb://h/db?user=app&Password=hunter2&keyStorePassword=hunter2",
            "jdbc:mysql://app:hunter2@h/db",
            "jdbc:sqlite:app.db?password=hunter2",
    })
    void toStringAndRedactedNeverShowThePassword(String text) {
        DatabaseUrl url = DatabaseUrl.parse(text);

        assertThat(url.toString()).doesNotContain(SECRET).contains("***").isEqualTo(url.redacted());
    }

    @Test
    void redactedShowsWhereThePasswordWas() {
        assertThat(DatabaseUrl.parse("jdbc:postgresql://h/db?user=app&password=hunter2&sslpassword=hunter2").redacted())
                .isEqualTo("postgresql://app:***@h:5432/db?sslpassword=***");
        assertThat(DatabaseUrl.parse("postgresql://h/db").withPassword(SECRET).redacted())
                .isEqualTo("postgresql://:***@h:5432/db");
    }

    @Test
    void passwordFromStrataPasswordIsNotShownEither() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app@h/db").withPassword(SECRET);

        assertThat(url.toString()).isEqualTo("postgresql://app:***@h:5432/db");
        assertThat(url.jdbcUrl()).doesNotContain(SECRET);
    }

    @Test
    void theJdbcUrlCarriesNoUserAndNoPassword() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app:hunter2@h/db?password=hunter2");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/db");
        assertThat(url.connectionProperties().getProperty("password")).isEqualTo(SECRET);
    }

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("Connection to jdbc:mariadb://h/db?user=a&password=hunter2 failed",
                        "Connection to jdbc:mariadb://h/db?user=a&password=*** failed"),
                Arguments.of("url jdbc:postgresql://h/db?PASSWORD=hunter2&ssl=true",
                        "url jdbc:postgresql://h/db?PASSWORD=***&ssl=true"),
                Arguments.of("postgresql://app:hunter2@h/db", "postgresql://app:***@h/db"),
                Arguments.of("a postgres://u:hunter2@h/x and mysql://v:hunter2@k/y",
                        "a postgres://u:***@h/x and mysql://v:***@k/y"),
                Arguments.of("postgresql://u:hun/ter?2@h/db", "postgresql://u:***@h/db"),
                Arguments.of("postgresql://u:hun@ter2@h/db", "postgresql://u:***@h/db"),
                Arguments.of("host=h password='hunter2 with spaces' user=u", "host=h password=*** user=u"),
                Arguments.of("password = \"hunter2\"", "password = ***"),
                Arguments.of("keyStorePassword=hunter2&trustStorePassword=hunter2;sslpassword=hunter2",
                        "keyStorePassword=***&trustStorePassword=***;sslpassword=***"),
                Arguments.of("'jdbc:mysql://u:hunter2@h/db'", "'jdbc:mysql://u:***@h/db'"),
                Arguments.of("already password=*** done", "already password=*** done"));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void redactRemovesPasswordsFromAnyText(String text, String expected) {
        assertThat(DatabaseUrl.redact(text)).isEqualTo(expected).doesNotContain(SECRET);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "relation \"users\" does not exist",
            "password authentication failed for user \"app\"",
            "contact admin@example.com or see https://example.com/a@b",
            "postgresql://app@h/db",
            "",
    })
    void redactLeavesTextWithoutPasswordsAlone(String text) {
        assertThat(DatabaseUrl.redact(text)).isEqualTo(text);
    }

    @Test
    void redactOfNullIsNull() {
        assertThat(DatabaseUrl.redact(null)).isNull();
    }

    private static final String IPV6 = " in the host (an IPv6 address is written [::1]:5432)";
    private static final String NO_SLASHES = "the host is missing (expected '//host' after the scheme)";
    private static final String NO_DATABASE = "the database name is missing (expected '/dbname' after the host)";
    private static final String NOT_A_NUMBER = "the port is not a number";
    private static final String OUT_OF_RANGE = "the port is not between 1 and 65535";
    private static final String BAD_ESCAPE = "the password has a malformed %-escape (write %XX with two hex digits)";

    static Stream<Arguments> badUrls() {
        return Stream.of(
                Arguments.of("", "it is empty"),
                Arguments.of("   ", "it is empty"),
                Arguments.of(null, "it is empty"),
                Arguments.of("hunter2", "it has no scheme such as postgresql:"),
                Arguments.of("u:hunter2@h/db", "unknown scheme 'u'"),
                Arguments.of("oracle://u:hunter2@h/db", "unknown scheme 'oracle'"),
                Arguments.of("jdbc:oracle:thin:u/hunter2@h:1521:db", "unknown scheme 'jdbc:oracle'"),
                Arguments.of("http://u:hunter2@example.com/db", "unknown scheme 'http'"),
                Arguments.of("jdbc:postgres://u:hunter2@h/db",
                        "unknown scheme 'jdbc:postgres' (the PostgreSQL driver's is jdbc:postgresql:)"),
                Arguments.of("jdbc:hunter2", "'jdbc:' is not followed by a database type"),
                Arguments.of("postgresql://u:hunter2@/db", "the host is missing"),
                Arguments.of("postgresql://u:hunter2@:5432/db", "the host is missing"),
                Arguments.of("mariadb://u:hunter2@h,/db", "the host is missing"),
                Arguments.of("jdbc:postgresql:db?password=hunter2", NO_SLASHES),
                Arguments.of("postgresql:u:hunter2@h/db", NO_SLASHES),
                Arguments.of("postgresql://u:hunter2@h:abc/db", NOT_A_NUMBER),
                Arguments.of("postgresql://u:hunter2@h:-1/db", NOT_A_NUMBER),
                Arguments.of("postgresql://u:hunter2@h:+5432/db", NOT_A_NUMBER),
                Arguments.of("postgresql://u:hunter2/h/db", NOT_A_NUMBER),
                Arguments.of("postgresql://u:hunter2@h:0/db", OUT_OF_RANGE),
                Arguments.of("postgresql://u:hunter2@h:65536/db", OUT_OF_RANGE),
                Arguments.of("mariadb://u:hunter2@h:99999999999/db", OUT_OF_RANGE),
                Arguments.of("postgresql://u:hunter2@h:/db", "the port is missing after ':'"),
                Arguments.of("postgresql://u:hunter2@h", NO_DATABASE),
                Arguments.of("postgresql://u:hunter2@h:5432/", NO_DATABASE),
                Arguments.of("jdbc:postgresql://h?password=hunter2", NO_DATABASE),
                Arguments.of("mariadb://u:hunter2@h:3306", NO_DATABASE),
                Arguments.of("mariadb://u:hunter2@h/a%2Fb",
                        "the database name is not usable: a MariaDB database name cannot contain '/' or '?'"),
                Arguments.of("postgresql://u:hunter2@h/db%00x", "the database name decodes to control characters"),
                Arguments.of("postgresql://u:hunter2@[::1:5432/db", "unbalanced '['" + IPV6),
                Arguments.of("postgresql://u:hunter2@::1]:5432/db", "unbalanced ']'" + IPV6),
                Arguments.of("postgresql://u:hunter2@h[1]/db", "'[' out of place" + IPV6),
                Arguments.of("postgresql://u:hunter2@[::1]x/db", "unexpected text after ']' in the host"),
                Arguments.of("postgresql://u:hunter2@[nothex]/db", "the host in brackets is not an IPv6 address"),
                Arguments.of("postgresql://u:hunter2@::1/db",
                        "an IPv6 address must be written in brackets, as in [::1]:5432"),
                Arguments.of("postgresql://u:hunter2@h st/db", "the host contains characters a host name cannot have"),
                Arguments.of("postgresql://u:hunter2@h/db\nmore", "it contains control characters or line breaks"),
                Arguments.of("sqlite:a\u0000hunter2.db", "it contains control characters or line breaks"),
                Arguments.of("postgresql://u:hunter2%zz@h/db", BAD_ESCAPE),
                Arguments.of("postgresql://u:hunter2%2@h/db", BAD_ESCAPE),
                Arguments.of("postgresql://u:hunter2@h/db?=x", "a query parameter has no name"),
                Arguments.of("jdbc:mariadb:replication://u:hunter2@h/db",
                        "high-availability modes such as replication: are not supported"),
                Arguments.of("jdbc:mariadb://address=(host=h)(port=3306)/db?password=hunter2",
                        "address=(…) host descriptions are not supported; write host:port"),
                Arguments.of("sqlite:", "the SQLite file path is missing"),
                Arguments.of("sqlite:///abs/hunter2.db",
                        "an SQLite path is written sqlite:relative/file.db or sqlite:/absolute/file.db, without '//'"),
                Arguments.of("sqlite:file:app.db?mode=ro&password=hunter2",
                        "SQLite file: URIs are not supported; write sqlite:path/to/file.db"));
    }

    @ParameterizedTest
    @MethodSource("badUrls")
    void badUrlsGiveOneLineThatNeverContainsThePassword(String text, String what) {
        ConfigException error = catchThrowableOfType(ConfigException.class, () -> DatabaseUrl.parse(text));

        assertThat(error).as(text).isNotNull();
        assertThat(error.getMessage()).isEqualTo("Invalid database URL: " + what);
        assertThat(error.hint()).isEqualTo(UrlParser.ACCEPTED);
        assertThat(error.oneLine())
                .doesNotContain("hunter").doesNotContain("\n").doesNotContain("\r")
                .contains("postgresql://user@host:5432/db", "mariadb://", "sqlite:path/to/file.db", "sqlite::memory:",
                        "jdbc:postgresql://", "jdbc:mariadb://", "jdbc:sqlite:");
    }
}
