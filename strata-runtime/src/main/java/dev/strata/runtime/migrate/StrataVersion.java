package dev.strata.runtime.migrate;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Strata's own version, written into every history row. */
public final class StrataVersion {
    private static final String VERSION = load();

    private StrataVersion() {
    }

    public static String current() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = StrataVersion.class.getResourceAsStream("/dev/strata/runtime/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
