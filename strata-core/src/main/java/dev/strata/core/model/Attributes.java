package dev.strata.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Immutable, ordered copies of the dialect attribute maps (MariaDB engine, charset, …). */
final class Attributes {
    private Attributes() {
    }

    static Map<String, String> copy(Map<String, String> attributes) {
        if (attributes == null || attributes.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    static String requireName(String name, String kind) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(kind + " needs a name");
        }
        return name;
    }
}
