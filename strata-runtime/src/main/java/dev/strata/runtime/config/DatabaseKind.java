package dev.strata.runtime.config;

/** The database products Strata talks to. MySQL URLs are accepted and treated as MariaDB. */
public enum DatabaseKind {
    POSTGRES("postgresql", 5432),
    MARIADB("mariadb", 3306),
    SQLITE("sqlite", 0);

    private final String scheme;
    private final int defaultPort;

    DatabaseKind(String scheme, int defaultPort) {
        this.scheme = scheme;
        this.defaultPort = defaultPort;
    }

    /** The scheme of the short URL form, and of the JDBC URL after {@code jdbc:}. */
    public String scheme() {
        return scheme;
    }

    /** The port used when a URL names none; 0 for SQLite, which has no server. */
    public int defaultPort() {
        return defaultPort;
    }

    /** True for the kinds that run on a server reached by host and port. */
    public boolean hasServer() {
        return this != SQLITE;
    }
}
