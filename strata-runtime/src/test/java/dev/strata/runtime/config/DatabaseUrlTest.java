package dev.strata.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.strata.core.error.ConfigException;
import dev.strata.runtime.config.DatabaseUrl.Address;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DatabaseUrlTest {

    @Test
    void shortPostgresFormWithEverything() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app:s3cret@db.example.com:6543/appdb?sslmode=require");

        assertThat(url.kind()).isEqualTo(DatabaseKind.POSTGRES);
        assertThat(url.host()).isEqualTo("db.example.com");
        assertThat(url.port()).isEqualTo(6543);
        assertThat(url.addresses()).containsExactly(new Address("db.example.com", 6543));
        assertThat(url.database()).isEqualTo("appdb");
        assertThat(url.user()).isEqualTo("app");
        assertThat(url.password()).isEqualTo("s3cret");
        assertThat(url.parameters()).containsExactly(entry("sslmode", "require"));
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6543/appdb?sslmode=require");
        assertThat(url.redacted()).isEqualTo("postgresql://app:***@db.example.com:6543/appdb?sslmode=require");
        assertThat(url.sqlitePath()).isNull();
        assertThat(url.isInMemory()).isFalse();
    }

    @Test
    void herokuStylePostgresUrl() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://u1x:pw9@ec2-1-2-3-4.compute-1.amazonaws.com:5432/d8f2?sslmode=require");

        assertThat(url.kind()).isEqualTo(DatabaseKind.POSTGRES);
        assertThat(url.user()).isEqualTo("u1x");
        assertThat(url.password()).isEqualTo("pw9");
        assertThat(url.jdbcUrl())
                .isEqualTo("jdbc:postgresql://ec2-1-2-3-4.compute-1.amazonaws.com:5432/d8f2?sslmode=require");
    }

    @ParameterizedTest
    @CsvSource({
            "postgresql://h/db,        POSTGRES, 5432, jdbc:postgresql://h:5432/db",
            "postgres://h/db,          POSTGRES, 5432, jdbc:postgresql://h:5432/db",
            "mariadb://h/db,           MARIADB,  3306, jdbc:mariadb://h:3306/db",
            "mysql://h/db,             MARIADB,  3306, jdbc:mariadb://h:3306/db",
            "jdbc:postgresql://h/db,   POSTGRES, 5432, jdbc:postgresql://h:5432/db",
            "jdbc:mariadb://h/db,      MARIADB,  3306, jdbc:mariadb://h:3306/db",
            "jdbc:mysql://h/db,        MARIADB,  3306, jdbc:mariadb://h:3306/db",
            "postgresql://h:1/db,      POSTGRES, 1,    jdbc:postgresql://h:1/db",
            "mariadb://h:65535/db,     MARIADB,  65535, jdbc:mariadb://h:65535/db",
            "POSTGRESQL://h/db,        POSTGRES, 5432, jdbc:postgresql://h:5432/db",
            "JDBC:MariaDB://h/db,      MARIADB,  3306, jdbc:mariadb://h:3306/db",
    })
    void serverFormsAndDefaultPorts(String text, DatabaseKind kind, int port, String jdbcUrl) {
        DatabaseUrl url = DatabaseUrl.parse(text);

        assertThat(url.kind()).isEqualTo(kind);
        assertThat(url.host()).isEqualTo("h");
        assertThat(url.port()).isEqualTo(port);
        assertThat(url.database()).isEqualTo("db");
        assertThat(url.user()).isNull();
        assertThat(url.password()).isNull();
        assertThat(url.jdbcUrl()).isEqualTo(jdbcUrl);
    }

    @Test
    void jdbcPostgresTakesUserAndPasswordOutOfTheQuery() {
        DatabaseUrl url = DatabaseUrl.parse(
                "jdbc:postgresql://localhost:5432/app?user=app&password=pw&ApplicationName=strata");

        assertThat(url.user()).isEqualTo("app");
        assertThat(url.password()).isEqualTo("pw");
        assertThat(url.parameters()).containsExactly(entry("ApplicationName", "strata"));
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/app?ApplicationName=strata");
        Properties properties = url.connectionProperties();
        assertThat(properties).containsOnly(entry("user", "app"), entry("password", "pw"));
    }

    @Test
    void userAndPasswordParametersAreFoundInAnyCase() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://h/db?USER=app&PassWord=pw");

        assertThat(url.user()).isEqualTo("app");
        assertThat(url.password()).isEqualTo("pw");
        assertThat(url.parameters()).isEmpty();
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/db");
    }

    @Test
    void jdbcMariaDbKeepsParametersAndDoesNotDecodeLikeItsDriver() throws Exception {
        String text = "jdbc:mariadb://h:3307/app?user=root&password=p%40ss&useSsl=true&ssl";
        DatabaseUrl url = DatabaseUrl.parse(text);

        assertThat(url.user()).isEqualTo("root");
        assertThat(url.password()).isEqualTo("p%40ss");
        assertThat(url.parameters()).containsExactly(entry("useSsl", "true"), entry("ssl", ""));
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:mariadb://h:3307/app?useSsl=true&ssl=");
        assertThat(org.mariadb.jdbc.Configuration.parse(text).password()).isEqualTo(url.password());
    }

    @Test
    void mysqlJdbcUrlBecomesMariaDbForm() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:mysql://me:pw@db:3310/shop?useUnicode=true");

        assertThat(url.kind()).isEqualTo(DatabaseKind.MARIADB);
        assertThat(url.user()).isEqualTo("me");
        assertThat(url.password()).isEqualTo("pw");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:mariadb://db:3310/shop?useUnicode=true");
        assertThat(url.redacted()).isEqualTo("mariadb://me:***@db:3310/shop?useUnicode=true");
    }

    @Test
    void ipv6HostsAreWrittenInBrackets() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://u@[::1]:5433/db");

        assertThat(url.host()).isEqualTo("::1");
        assertThat(url.port()).isEqualTo(5433);
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:5433/db");
        assertThat(DatabaseUrl.parse("mariadb://[fe80::1%25eth0]/db").host()).isEqualTo("fe80::1%25eth0");
        assertThat(DatabaseUrl.parse("mariadb://[2001:db8::7]/db").jdbcUrl())
                .isEqualTo("jdbc:mariadb://[2001:db8::7]:3306/db");
    }

    @Test
    void severalHostsAreKeptInOrder() throws Exception {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://h1:5432,[::2],h3:6000/db?targetServerType=primary");

        assertThat(url.addresses()).containsExactly(new Address("h1", 5432), new Address("::2", 5432),
                new Address("h3", 6000));
        assertThat(url.host()).isEqualTo("h1");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h1:5432,[::2]:5432,h3:6000/db?targetServerType=primary");
        Properties parsed = org.postgresql.Driver.parseURL(url.jdbcUrl(), new Properties());
        assertThat(parsed.getProperty("PGHOST")).isEqualTo("h1,[::2],h3");
        assertThat(parsed.getProperty("PGPORT")).isEqualTo("5432,5432,6000");
    }

    @Test
    void shortFormsPercentDecodeUserAndPassword() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://us%40er:p%40ss%3Aw%2Fo%20rd%2B%C3%A4@h/db");

        assertThat(url.user()).isEqualTo("us@er");
        assertThat(url.password()).isEqualTo("p@ss:w/o rd+ä");
        assertThat(url.redacted()).isEqualTo("postgresql://us%40er:***@h:5432/db");
    }

    @Test
    void plusIsLiteralInShortFormsAndASpaceForThePostgresDriver() throws Exception {
        assertThat(DatabaseUrl.parse("postgresql://u:a+b@h/db").password()).isEqualTo("a+b");
        String jdbc = "jdbc:postgresql://h/db?password=a+b%21";
        assertThat(DatabaseUrl.parse(jdbc).password()).isEqualTo("a b!")
                .isEqualTo(org.postgresql.Driver.parseURL(jdbc, new Properties()).getProperty("password"));
    }

    @Test
    void unencodedAtAndColonInThePasswordAreTolerated() {
        DatabaseUrl url = DatabaseUrl.parse("mariadb://u:p@ss:w@rd@h/db");

        assertThat(url.user()).isEqualTo("u");
        assertThat(url.password()).isEqualTo("p@ss:w@rd");
        assertThat(url.host()).isEqualTo("h");
    }

    @Test
    void userWithoutPasswordAndEmptyPassword() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app@h/db");
        assertThat(url.user()).isEqualTo("app");
        assertThat(url.password()).isNull();
        assertThat(url.hasPassword()).isFalse();
        assertThat(url.redacted()).isEqualTo("postgresql://app@h:5432/db");
        assertThat(url.connectionProperties()).containsOnly(entry("user", "app"));

        assertThat(DatabaseUrl.parse("postgresql://app:@h/db").password()).isNull();
    }

    static Stream<Arguments> hostileNames() {
        return Stream.of(
                Arguments.of("my%20db%3B%20DROP%20TABLE%20x%3B--", "my db; DROP TABLE x;--"),
                Arguments.of("a%2Fb%3Fc%26d%3De", "a/b?c&d=e"),
                Arguments.of("%22quoted%22%27single%27%60back%60", "\"quoted\"'single'`back`"),
                Arguments.of("%E2%9C%93db%20%F0%9F%98%80", "\u2713db \uD83D\uDE00"),
                Arguments.of("a+b%25c", "a+b%c"),
                Arguments.of("Robert');%20DROP%20DATABASE%20x;--", "Robert'); DROP DATABASE x;--"),
                Arguments.of("..%2F..%2Fetc%2Fpasswd", "../../etc/passwd"));
    }

    @ParameterizedTest
    @MethodSource("hostileNames")
    void hostilePostgresDatabaseNamesSurviveTheRoundTripThroughTheDriver(String encoded, String name) throws Exception {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://u:pw@h/" + encoded + "?sslmode=disable");

        assertThat(url.database()).isEqualTo(name);
        Properties parsed = org.postgresql.Driver.parseURL(url.jdbcUrl(), new Properties());
        assertThat(parsed.getProperty("PGDBNAME")).isEqualTo(name);
        assertThat(parsed.getProperty("sslmode")).isEqualTo("disable");
        assertThat(DatabaseUrl.parse(url.redacted()).database()).isEqualTo(name);
    }

    @Test
    void hostileMariaDbDatabaseNameThatTheDriverCanCarry() throws Exception {
        DatabaseUrl url = DatabaseUrl.parse("mariadb://u@h/my%20db%3B%20x%27%22");

        assertThat(url.database()).isEqualTo("my db; x'\"");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:mariadb://h:3306/my db; x'\"");
        assertThat(org.mariadb.jdbc.Configuration.parse(url.jdbcUrl()).database()).isEqualTo("my db; x'\"");
    }

    @Test
    void jdbcPostgresDatabaseNameIsDecodedLikeTheDriverDoes() {
        assertThat(DatabaseUrl.parse("jdbc:postgresql://h/my%20db+2").database()).isEqualTo("my db 2");
    }

    @Test
    void sqliteShortForms() {
        DatabaseUrl file = DatabaseUrl.parse("sqlite:path/to/file.db");
        assertThat(file.kind()).isEqualTo(DatabaseKind.SQLITE);
        assertThat(file.sqlitePath()).isEqualTo(Path.of("path/to/file.db"));
        assertThat(file.database()).isEqualTo("path/to/file.db");
        assertThat(file.jdbcUrl()).isEqualTo("jdbc:sqlite:path/to/file.db");
        assertThat(file.redacted()).isEqualTo("sqlite:path/to/file.db");
        assertThat(file.host()).isNull();
        assertThat(file.port()).isZero();
        assertThat(file.addresses()).isEmpty();
        assertThat(file.user()).isNull();
        assertThat(file.isInMemory()).isFalse();
        assertThat(file.connectionProperties()).isEmpty();

        DatabaseUrl memory = DatabaseUrl.parse("sqlite::memory:");
        assertThat(memory.isInMemory()).isTrue();
        assertThat(memory.sqlitePath()).isNull();
        assertThat(memory.database()).isEqualTo(":memory:");
        assertThat(memory.jdbcUrl()).isEqualTo("jdbc:sqlite::memory:");
        assertThat(memory.redacted()).isEqualTo("sqlite::memory:");
    }

    @Test
    void sqliteJdbcForms() {
        assertThat(DatabaseUrl.parse("jdbc:sqlite:/var/db/app.db").sqlitePath()).isEqualTo(Path.of("/var/db/app.db"));
        assertThat(DatabaseUrl.parse("jdbc:sqlite::memory:").isInMemory()).isTrue();
        assertThat(DatabaseUrl.parse("jdbc:sqlite:").isInMemory()).isTrue();

        DatabaseUrl withPragmas = DatabaseUrl.parse("jdbc:sqlite:app.db?journal_mode=WAL&foreign_keys=on");
        assertThat(withPragmas.sqlitePath()).isEqualTo(Path.of("app.db"));
        assertThat(withPragmas.parameters()).containsExactly(entry("journal_mode", "WAL"), entry("foreign_keys", "on"));
        assertThat(withPragmas.jdbcUrl()).isEqualTo("jdbc:sqlite:app.db?journal_mode=WAL&foreign_keys=on");
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        assertThat(DatabaseUrl.parse("  postgresql://h/db \n").jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/db");
    }

    @Test
    void withPasswordReturnsACopy() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app@h/db");
        DatabaseUrl withPassword = url.withPassword("fromenv");

        assertThat(withPassword.password()).isEqualTo("fromenv");
        assertThat(withPassword.user()).isEqualTo("app");
        assertThat(withPassword.jdbcUrl()).isEqualTo(url.jdbcUrl());
        assertThat(url.password()).isNull();
        assertThat(withPassword).isNotEqualTo(url);
        assertThat(withPassword.withPassword(null)).isEqualTo(url);

        DatabaseUrl sqlite = DatabaseUrl.parse("sqlite:a.db");
        assertThat(sqlite.withPassword("x")).isSameAs(sqlite);
    }

    @Test
    void withDatabasePointsAtAnotherDatabaseOnTheSameServer() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app:pw@h:5439/app?sslmode=require");
        DatabaseUrl scratch = url.withDatabase("strata_scratch_1a2b");

        assertThat(scratch.database()).isEqualTo("strata_scratch_1a2b");
        assertThat(scratch.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5439/strata_scratch_1a2b?sslmode=require");
        assertThat(scratch.user()).isEqualTo("app");
        assertThat(scratch.password()).isEqualTo("pw");
        assertThat(url.database()).isEqualTo("app");
        assertThat(url.withDatabase("we ird/name").jdbcUrl())
                .isEqualTo("jdbc:postgresql://h:5439/we%20ird%2Fname?sslmode=require");
        assertThat(DatabaseUrl.parse("mysql://h/a").withDatabase("b").jdbcUrl()).isEqualTo("jdbc:mariadb://h:3306/b");
    }

    @Test
    void withDatabaseRefusesNamesTheUrlCannotCarry() {
        DatabaseUrl mariadb = DatabaseUrl.parse("mariadb://h/app");
        assertThatThrownBy(() -> mariadb.withDatabase("a/b")).isInstanceOf(ConfigException.class)
                .hasMessage("Cannot use 'a/b' as a database name: a MariaDB database name cannot contain '/' or '?'");
        assertThatThrownBy(() -> mariadb.withDatabase("")).isInstanceOf(ConfigException.class)
                .hasMessage("Cannot use '' as a database name: it is empty");
        assertThatThrownBy(() -> mariadb.withDatabase("a\nb")).isInstanceOf(ConfigException.class)
                .hasMessage("Cannot use 'a?b' as a database name: it contains control characters or line breaks");
    }

    @Test
    void withDatabaseOnSqliteIsASiblingFileOrMemory() {
        DatabaseUrl file = DatabaseUrl.parse("sqlite:data/app.db?foreign_keys=on");
        DatabaseUrl scratch = file.withDatabase("strata_scratch_1.db");

        assertThat(scratch.sqlitePath()).isEqualTo(Path.of("data/strata_scratch_1.db"));
        assertThat(scratch.jdbcUrl()).isEqualTo("jdbc:sqlite:data/strata_scratch_1.db?foreign_keys=on");
        assertThat(DatabaseUrl.parse("sqlite:app.db").withDatabase("x.db").sqlitePath()).isEqualTo(Path.of("x.db"));
        DatabaseUrl memory = DatabaseUrl.parse("sqlite::memory:");
        assertThat(memory.withDatabase("x").isInMemory()).isTrue();
        for (String bad : List.of("../x", "a/b", "..", ".", "")) {
            assertThatThrownBy(() -> file.withDatabase(bad)).isInstanceOf(ConfigException.class);
        }
    }

    @Test
    void resolveAgainstMakesARelativeSqlitePathRelativeToTheBase() {
        Path base = Path.of("/srv/project");

        assertThat(DatabaseUrl.parse("sqlite:data/../app.db").resolveAgainst(base).sqlitePath())
                .isEqualTo(Path.of("/srv/project/app.db"));
        assertThat(DatabaseUrl.parse("sqlite:/abs/app.db").resolveAgainst(base).sqlitePath())
                .isEqualTo(Path.of("/abs/app.db"));
        assertThat(DatabaseUrl.parse("sqlite::memory:").resolveAgainst(base).isInMemory()).isTrue();
        DatabaseUrl postgres = DatabaseUrl.parse("postgresql://h/db");
        assertThat(postgres.resolveAgainst(base)).isSameAs(postgres);
    }

    @Test
    void equalUrlsAreEqualValues() {
        assertThat(DatabaseUrl.parse("postgresql://u:p@h/db")).isEqualTo(DatabaseUrl.parse("jdbc:postgresql://h:5432/db?user=u&password=p"))
                .hasSameHashCodeAs(DatabaseUrl.parse("postgresql://u:p@h:5432/db"));
        assertThat(DatabaseUrl.parse("postgresql://u:p@h/db")).isNotEqualTo(DatabaseUrl.parse("postgresql://u:q@h/db"));
        assertThat(DatabaseUrl.parse("sqlite:a.db")).isEqualTo(DatabaseUrl.parse("jdbc:sqlite:a.db"));
    }
}
