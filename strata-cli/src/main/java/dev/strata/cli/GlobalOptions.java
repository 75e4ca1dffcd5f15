package dev.strata.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The options every command takes, before or after the command's name. */
public final class GlobalOptions {
    /** Output formats. {@code sarif} is for lint only. */
    public enum Format { TEXT, JSON, SARIF }

    @Option(names = "--url", scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "Database: a JDBC URL or postgresql://user@host:port/db, mariadb://…, sqlite:path (default: STRATA_URL, DATABASE_URL, strata.toml, then sqlite:strata.db).")
    String url;

    @Option(names = "--dir", scope = ScopeType.INHERIT, paramLabel = "DIR", description = "Migrations directory (default: migrations, or what strata.toml says).")
    String dir;

    @Option(names = "--config", scope = ScopeType.INHERIT, paramLabel = "FILE", description = "Config file (default: ./strata.toml when present).")
    String config;

    @Option(names = "--env", scope = ScopeType.INHERIT, paramLabel = "NAME", description = "A named environment of the config file ([environments.NAME]).")
    String env;

    @Option(names = "--classpath", scope = ScopeType.INHERIT, paramLabel = "PATH", split = ":",
            description = "Where JPA entities are found for `jpa:PACKAGE` and [model] jpa-packages (entries separated by ':', repeatable; default: [model] classpath).")
    java.util.List<String> classpath = new java.util.ArrayList<>();

    @Option(names = "--format", scope = ScopeType.INHERIT, paramLabel = "FORMAT", description = "Output: text or json.")
    Format format = Format.TEXT;

    @Option(names = "--lock-wait", scope = ScopeType.INHERIT, paramLabel = "DURATION",
            description = "How long to wait for another run's migration lock (default 5m).")
    String lockWait;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "Print less.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, description = "Print more, and stack traces with errors.")
    boolean verbose;

    public boolean verbose() {
        return verbose;
    }

    public boolean quiet() {
        return quiet;
    }

    public boolean json() {
        return format == Format.JSON;
    }

    public Format format() {
        return format;
    }
}
