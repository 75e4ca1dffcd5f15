package dev.strata.runtime.config;

import dev.strata.core.error.ConfigException;
import dev.strata.runtime.config.DatabaseUrl.Address;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the URL forms {@link DatabaseUrl#parse} accepts. Errors never quote the input: a URL that does not parse
 * may have its password anywhere. Only a scheme that looks like one is named.
 */
final class UrlParser {
    static final String ACCEPTED = "use postgresql://user@host:5432/db, mariadb://user@host:3306/db (or mysql://),"
            + " sqlite:path/to/file.db, sqlite::memory:, or a jdbc:postgresql://, jdbc:mariadb://, jdbc:mysql://"
            + " or jdbc:sqlite: URL";

    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.-]{0,19}");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+(%[A-Za-z0-9]+)?");
    private static final Pattern HA_MODE = Pattern.compile("(?i)(replication|failover|loadbalance|sequential|aurora"
            + "|load-balance|sequential-failover):.*");

    /** How a form's driver decodes user, password and database name. */
    private enum Decoding {
        /** RFC 3986 percent-decoding, '+' stays '+': the short forms and MySQL's driver. */
        PERCENT,
        /** form decoding, '+' is a space: the PostgreSQL driver. */
        FORM,
        /** none: the MariaDB driver. */
        NONE
    }

    private UrlParser() {
    }

    static DatabaseUrl parse(String input) {
        if (input == null || input.isBlank()) {
            throw bad("it is empty");
        }
        String text = input.strip();
        if (DatabaseUrl.hasControl(text)) {
            throw bad("it contains control characters or line breaks");
        }
        boolean jdbc = text.regionMatches(true, 0, "jdbc:", 0, 5);
        String rest = jdbc ? text.substring(5) : text;
        int colon = rest.indexOf(':');
        String scheme = colon < 0 ? "" : rest.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!SCHEME.matcher(scheme).matches()) {
            throw bad(jdbc ? "'jdbc:' is not followed by a database type" : "it has no scheme such as postgresql:");
        }
        String body = rest.substring(colon + 1);
        return switch (scheme) {
            case "postgresql" -> server(DatabaseKind.POSTGRES, jdbc ? Decoding.FORM : Decoding.PERCENT, body);
            case "postgres" -> {
                if (jdbc) {
                    throw bad("unknown scheme 'jdbc:postgres' (the PostgreSQL driver's is jdbc:postgresql:)");
                }
                yield server(DatabaseKind.POSTGRES, Decoding.PERCENT, body);
            }
            case "mariadb" -> server(DatabaseKind.MARIADB, jdbc ? Decoding.NONE : Decoding.PERCENT, body);
            case "mysql" -> server(DatabaseKind.MARIADB, Decoding.PERCENT, body);
            case "sqlite" -> sqlite(body, jdbc);
            default -> throw bad("unknown scheme '" + (jdbc ? "jdbc:" : "") + scheme + "'");
        };
    }

    private static DatabaseUrl server(DatabaseKind kind, Decoding decoding, String body) {
        if (HA_MODE.matcher(body).matches()) {
            throw bad("high-availability modes such as replication: are not supported");
        }
        if (!body.startsWith("//")) {
            throw bad("the host is missing (expected '//host' after the scheme)");
        }
        String afterSlashes = body.substring(2);
        int authorityEnd = indexOfAny(afterSlashes, "/?");
        String authority = authorityEnd < 0 ? afterSlashes : afterSlashes.substring(0, authorityEnd);
        String remainder = authorityEnd < 0 ? "" : afterSlashes.substring(authorityEnd);

        String user = null;
        String password = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            int colon = userInfo.indexOf(':');
            user = emptyToNull(decode(colon < 0 ? userInfo : userInfo.substring(0, colon), Decoding.PERCENT, "user"));
            password = colon < 0 ? null : emptyToNull(decode(userInfo.substring(colon + 1), Decoding.PERCENT,
                    "password"));
            authority = authority.substring(at + 1);
        }
        List<Address> addresses = addresses(authority, kind.defaultPort());

        int queryStart = remainder.indexOf('?');
        String path = queryStart < 0 ? remainder : remainder.substring(0, queryStart);
        String database = path.isEmpty() ? "" : decode(path.substring(1), decoding, "database name");
        if (database.isEmpty()) {
            throw bad("the database name is missing (expected '/dbname' after the host)");
        }
        String problem = DatabaseUrl.databaseNameProblem(kind, database);
        if (problem != null) {
            throw bad("the database name is not usable: " + problem);
        }
        Map<String, String> parameters = parameters(queryStart < 0 ? "" : remainder.substring(queryStart + 1));
        for (String key : List.copyOf(parameters.keySet())) {
            if (key.equalsIgnoreCase("user")) {
                user = emptyToNull(decode(parameters.remove(key), decoding, "user"));
            } else if (key.equalsIgnoreCase("password")) {
                password = emptyToNull(decode(parameters.remove(key), decoding, "password"));
            }
        }
        return DatabaseUrl.server(kind, addresses, database, user, password, parameters);
    }

    private static List<Address> addresses(String hostList, int defaultPort) {
        if (hostList.indexOf('(') >= 0 || hostList.indexOf(')') >= 0) {
            throw bad("address=(…) host descriptions are not supported; write host:port");
        }
        List<Address> addresses = new ArrayList<>();
        int start = 0;
        while (true) {
            int end = hostList.indexOf(',', start);
            int open = hostList.indexOf('[', start);
            if (open >= 0 && (end < 0 || open < end)) {
                int close = hostList.indexOf(']', open);
                if (close < 0) {
                    throw bad("unbalanced '[' in the host (an IPv6 address is written [::1]:5432)");
                }
                end = hostList.indexOf(',', close);
            }
            addresses.add(address(end < 0 ? hostList.substring(start) : hostList.substring(start, end), defaultPort));
            if (end < 0) {
                return addresses;
            }
            start = end + 1;
        }
    }

    private static Address address(String text, int defaultPort) {
        String host;
        String port = null;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            host = text.substring(1, close);
            String after = text.substring(close + 1);
            if (!after.isEmpty() && !after.startsWith(":")) {
                throw bad("unexpected text after ']' in the host");
            }
            port = after.isEmpty() ? null : after.substring(1);
            if (!IPV6.matcher(host).matches()) {
                throw bad("the host in brackets is not an IPv6 address");
            }
        } else {
            if (text.indexOf('[') >= 0) {
                throw bad("'[' out of place in the host (an IPv6 address is written [::1]:5432)");
            }
            if (text.indexOf(']') >= 0) {
                throw bad("unbalanced ']' in the host (an IPv6 address is written [::1]:5432)");
            }
            int colon = text.indexOf(':');
            if (colon >= 0 && text.indexOf(':', colon + 1) >= 0) {
                throw bad("an IPv6 address must be written in brackets, as in [::1]:5432");
            }
            host = colon < 0 ? text : text.substring(0, colon);
            port = colon < 0 ? null : text.substring(colon + 1);
            if (host.isEmpty()) {
                throw bad("the host is missing");
            }
            if (!HOST.matcher(host).matches()) {
                throw bad("the host contains characters a host name cannot have");
            }
        }
        return new Address(host, port == null ? defaultPort : port(port));
    }

    private static int port(String text) {
        if (text.isEmpty()) {
            throw bad("the port is missing after ':'");
        }
        if (!text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw bad("the port is not a number");
        }
        if (text.length() > 5 || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 65535) {
            throw bad("the port is not between 1 and 65535");
        }
        return Integer.parseInt(text);
    }

    private static DatabaseUrl sqlite(String body, boolean jdbc) {
        int queryStart = body.indexOf('?');
        String path = queryStart < 0 ? body : body.substring(0, queryStart);
        Map<String, String> parameters = parameters(queryStart < 0 ? "" : body.substring(queryStart + 1));
        if (path.startsWith("//")) {
            throw bad("an SQLite path is written sqlite:relative/file.db or sqlite:/absolute/file.db, without '//'");
        }
        if (path.regionMatches(true, 0, "file:", 0, 5)) {
            throw bad("SQLite file: URIs are not supported; write sqlite:path/to/file.db");
        }
        if (path.equals(":memory:") || (jdbc && path.isEmpty())) {
            return DatabaseUrl.sqlite(null, parameters);
        }
        if (path.isBlank()) {
            throw bad("the SQLite file path is missing");
        }
        try {
            return DatabaseUrl.sqlite(Path.of(path), parameters);
        } catch (InvalidPathException e) {
            throw bad("the SQLite file path is not a valid path");
        }
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (key.isEmpty()) {
                throw bad("a query parameter has no name");
            }
            parameters.put(key, equals < 0 ? "" : pair.substring(equals + 1));
        }
        return parameters;
    }

    private static String decode(String text, Decoding decoding, String what) {
        if (decoding == Decoding.NONE || text.indexOf('%') < 0 && (decoding == Decoding.PERCENT || text.indexOf('+') < 0)) {
            return text;
        }
        try {
            String form = decoding == Decoding.PERCENT ? text.replace("+", "%2B") : text;
            String decoded = URLDecoder.decode(form, StandardCharsets.UTF_8);
            if (DatabaseUrl.hasControl(decoded)) {
                throw bad("the " + what + " decodes to control characters");
            }
            return decoded;
        } catch (IllegalArgumentException e) {
            throw bad("the " + what + " has a malformed %-escape (write %XX with two hex digits)");
        }
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static ConfigException bad(String what) {
        return new ConfigException("Invalid database URL: " + what, ACCEPTED);
    }
}
