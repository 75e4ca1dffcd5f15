package dev.strata.benchmark;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a benchmark database lives, written once as {@code postgresql://user[:password]@host[:port][/database]}
 * (Strata's own URL form) and rendered for each tool: Strata takes it as is, JDBC tools get a {@code jdbc:} URL
 * plus user and password, psql gets host, port and user.
 */
public record DbUrl(String host, int port, String user, String password, String database) {

    public static DbUrl parse(String url) {
        String text = url.startsWith("jdbc:") ? url.substring(5) : url;
        URI uri = URI.create(text);
        if (!"postgresql".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("expected postgresql://user@host:port/database, got " + url);
        }
        String user = "postgres";
        String password = "";
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? "" : decode(userInfo.substring(colon + 1));
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        return new DbUrl(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), user, password,
                path.isEmpty() ? "postgres" : path);
    }

    public DbUrl withDatabase(String name) {
        return new DbUrl(host, port, user, password, name);
    }

    /** Strata's form: {@code postgresql://user[:password]@host:port/database}. */
    public String strataUrl() {
        String credentials = password.isEmpty() ? encode(user) : encode(user) + ":" + encode(password);
        return "postgresql://" + credentials + "@" + host + ":" + port + "/" + database;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return strataUrl().replaceFirst(":[^:@/]*@", ":***@");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
