package dev.strata.runtime.testing;

import dev.strata.runtime.Database;
import dev.strata.runtime.JdbcSession;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** A session whose connection records every statement prepared or created on it, to count an inspector's queries. */
public final class StatementLog {
    public final List<String> statements = new ArrayList<>();

    public JdbcSession open(Database database) throws SQLException {
        Properties properties = database.url().connectionProperties();
        database.dialect().connectionProperties().forEach(properties::putIfAbsent);
        Connection raw = DriverManager.getConnection(database.url().jdbcUrl(), properties);
        Connection recording = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.startsWith("prepare") || name.equals("createStatement")) {
                        statements.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : name);
                    }
                    try {
                        return method.invoke(raw, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return new JdbcSession(recording, database.description());
    }
}
