package dev.strata.runtime.config;

import dev.strata.core.error.ConfigException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.StringJoiner;

/**
 * Where a database is: kind, server address, database name, credentials and extra parameters.
 *
 * <p>Built by {@link #parse(String)} from a JDBC URL or a short form ({@code postgresql://user@host/db},
 * {@code mariadb://…}, {@code sqlite:path/to/file.db}, {@code sqlite::memory:}). The user and the password are
 * kept apart from the {@link #jdbcUrl() JDBC URL} and go to the driver as {@link #connectionProperties()
 * connection properties}. {@link #toString()} and {@link #redacted()} never show the password.
 */
public final class DatabaseUrl {
    /** One server of a (possibly multi-host) URL. IPv6 hosts are kept without their brackets. */
    public record Address(String host, int port) {
        @Override
        public String toString() {
            return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
        }
    }

    private static final String MEMORY = ":memory:";

    private final DatabaseKind kind;
    private final List<Address> addresses;
    private final String database;
    private final Path file;
    private final String user;
    private final String password;
    private final Map<String, String> parameters;

    private DatabaseUrl(DatabaseKind kind, List<Address> addresses, String database, Path file, String user,
                        String password, Map<String, String> parameters) {
        this.kind = kind;
        this.addresses = List.copyOf(addresses);
        this.database = database;
        this.file = file;
        this.user = user;
        this.password = password;
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** A server URL; the parser has checked the name with {@link #databaseNameProblem}. */
    static DatabaseUrl server(DatabaseKind kind, List<Address> addresses, String database, String user,
                              String password, Map<String, String> parameters) {
        return new DatabaseUrl(kind, addresses, database, null, user, password, parameters);
    }

    static DatabaseUrl sqlite(Path file, Map<String, String> parameters) {
        return new DatabaseUrl(DatabaseKind.SQLITE, List.of(), null, file, null, null, parameters);
    }

    /**
     * Reads a database URL.
     *
     * @throws ConfigException with one line saying what is wrong and which forms are accepted; it never
     *                         contains the password
     */
    public static DatabaseUrl parse(String url) {
        return UrlParser.parse(url);
    }

    /**
     * Removes passwords from any text that may contain database URLs (a driver's error message, a log line):
     * {@code user:secret@} becomes {@code user:***@} and {@code password=secret} (any case, also
     * {@code sslpassword=} and the like) becomes {@code password=***}.
     */
    public static String redact(String anyText) {
        return Redaction.redact(anyText);
    }

    public DatabaseKind kind() {
        return kind;
    }

    /** The first server's host; null for SQLite. */
    public String host() {
        return addresses.isEmpty() ? null : addresses.get(0).host();
    }

    /** The first server's port (the kind's default when the URL names none); 0 for SQLite. */
    public int port() {
        return addresses.isEmpty() ? 0 : addresses.get(0).port();
    }

    /** Every server named by the URL, in order (failover lists); empty for SQLite. */
    public List<Address> addresses() {
        return addresses;
    }

    /** The database name; for SQLite the file path as text, or {@code :memory:}. */
    public String database() {
        if (kind != DatabaseKind.SQLITE) {
            return database;
        }
        return file == null ? MEMORY : file.toString();
    }

    /** The user, or null. */
    public String user() {
        return user;
    }

    /** The password, or null. Never print it; print {@link #redacted()} instead. */
    public String password() {
        return password;
    }

    public boolean hasPassword() {
        return password != null;
    }

    /** Query parameters other than user and password, in order, values as written ("" when there was no '='). */
    public Map<String, String> parameters() {
        return parameters;
    }

    /** The SQLite database file, or null when the database is in memory or not SQLite. */
    public Path sqlitePath() {
        return file;
    }

    public boolean isInMemory() {
        return kind == DatabaseKind.SQLITE && file == null;
    }

    /**
     * The URL to hand to the JDBC driver: without user and password (see {@link #connectionProperties()}), with
     * an explicit port, MySQL URLs in the MariaDB driver's {@code jdbc:mariadb:} form. It may still carry other
     * secrets given as parameters ({@code sslpassword=}), so print {@link #redacted()}, not this.
     */
    public String jdbcUrl() {
        return switch (kind) {
            case POSTGRES -> "jdbc:postgresql://" + hostList() + "/" + formEncode(database) + query(false);
            case MARIADB -> "jdbc:mariadb://" + hostList() + "/" + database + query(false);
            case SQLITE -> "jdbc:sqlite:" + database() + query(false);
        };
    }

    /** User and password for {@code DriverManager.getConnection(jdbcUrl(), properties)}; empty when neither is set. */
    public Properties connectionProperties() {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        return properties;
    }

    /**
     * A copy with this password (null removes it), as {@code STRATA_PASSWORD} supplies one. SQLite has no
     * passwords: for SQLite this URL is returned unchanged.
     */
    public DatabaseUrl withPassword(String newPassword) {
        if (kind == DatabaseKind.SQLITE) {
            return this;
        }
        return new DatabaseUrl(kind, addresses, database, null, user, newPassword, parameters);
    }

    /**
     * A copy that points at another database on the same server, with the same credentials and parameters (for
     * scratch databases). For an SQLite file, a file of that name in the same directory; in memory stays in memory.
     *
     * @throws ConfigException when the name cannot be a database name in such a URL
     */
    public DatabaseUrl withDatabase(String name) {
        String problem = kind == DatabaseKind.SQLITE ? fileNameProblem(name) : databaseNameProblem(kind, name);
        if (problem != null) {
            throw new ConfigException("Cannot use " + (name == null ? "null" : "'" + Redaction.printable(name) + "'")
                    + " as a database name: " + problem);
        }
        if (kind != DatabaseKind.SQLITE) {
            return new DatabaseUrl(kind, addresses, name, null, user, password, parameters);
        }
        if (file == null) {
            return this;
        }
        return new DatabaseUrl(kind, addresses, null, file.resolveSibling(name), user, password, parameters);
    }

    /** For an SQLite file given by a relative path, the same file relative to {@code baseDir}; otherwise this. */
    public DatabaseUrl resolveAgainst(Path baseDir) {
        if (file == null || file.isAbsolute()) {
            return this;
        }
        return new DatabaseUrl(kind, addresses, null, baseDir.resolve(file).normalize(), user, password, parameters);
    }

    /**
     * The URL in its short form with the password shown as {@code ***}, for output, logs and errors:
     * {@code postgresql://app:***@db:5432/app?sslmode=require}, {@code sqlite:data/app.db}.
     */
    public String redacted() {
        if (kind == DatabaseKind.SQLITE) {
            return "sqlite:" + database() + query(true);
        }
        StringBuilder out = new StringBuilder(kind.scheme()).append("://");
        if (user != null || password != null) {
            out.append(user == null ? "" : pathEncode(user)).append(password == null ? "" : ":***").append('@');
        }
        return out.append(hostList()).append('/').append(pathEncode(database)).append(query(true)).toString();
    }

    @Override
    public String toString() {
        return redacted();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DatabaseUrl that && kind == that.kind && addresses.equals(that.addresses)
                && Objects.equals(database, that.database) && Objects.equals(file, that.file)
                && Objects.equals(user, that.user) && Objects.equals(password, that.password)
                && parameters.equals(that.parameters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, addresses, database, file, user, password, parameters);
    }

    private String hostList() {
        StringJoiner hosts = new StringJoiner(",");
        addresses.forEach(address -> hosts.add(address.toString()));
        return hosts.toString();
    }

    private String query(boolean redact) {
        if (parameters.isEmpty()) {
            return "";
        }
        StringJoiner query = new StringJoiner("&", "?", "");
        parameters.forEach((key, value) -> query.add(key + "="
                + (redact && Redaction.isSecretKey(key) ? "***" : value)));
        return query.toString();
    }

    /**
     * What keeps {@code name} from being a database name in a URL of this kind, or null. PostgreSQL names are
     * percent-encoded in the JDBC URL, so only control characters are refused; the MariaDB driver reads the
     * name without decoding, so '/' and '?' cannot be carried.
     */
    static String databaseNameProblem(DatabaseKind kind, String name) {
        if (name == null || name.isEmpty()) {
            return "it is empty";
        }
        if (hasControl(name)) {
            return "it contains control characters or line breaks";
        }
        if (kind == DatabaseKind.MARIADB && (name.indexOf('/') >= 0 || name.indexOf('?') >= 0)) {
            return "a MariaDB database name cannot contain '/' or '?'";
        }
        return null;
    }

    private static String fileNameProblem(String name) {
        if (name == null || name.isEmpty()) {
            return "it is empty";
        }
        if (name.equals(".") || name.equals("..") || name.indexOf('/') >= 0 || name.indexOf('\\') >= 0
                || name.indexOf('?') >= 0 || hasControl(name)) {
            return "an SQLite scratch database must be a plain file name next to the original";
        }
        return null;
    }

    static boolean hasControl(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }

    /** application/x-www-form-urlencoded, which the PostgreSQL driver decodes; spaces as %20 to read well. */
    private static String formEncode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** RFC 3986 encoding of everything but unreserved characters, for the short form. */
    static String pathEncode(String text) {
        return formEncode(text).replace("*", "%2A").replace("%7E", "~");
    }
}
