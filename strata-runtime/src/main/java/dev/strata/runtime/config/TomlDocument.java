package dev.strata.runtime.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.strata.core.error.ConfigException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A parsed TOML file and typed, checked access to its tables. Jackson's tree keeps no line numbers, so errors
 * about a key find its line in the text (best effort: {@code [table]} headers, dotted and quoted keys).
 */
final class TomlDocument {
    private static final TomlMapper MAPPER = new TomlMapper();

    private final String label;
    private final String[] lines;
    private final Table root;

    private TomlDocument(String label, String text, ObjectNode root) {
        this.label = label;
        this.lines = text.split("\r?\n", -1);
        this.root = new Table(root, List.of());
    }

    /** Parses {@code text}; a syntax error becomes "LABEL:LINE: what". */
    static TomlDocument parse(String label, String text) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(text);
        } catch (JacksonException e) {
            String[] lines = text.split("\r?\n", -1);
            String what = Redaction.printable(Redaction.redact(String.valueOf(e.getOriginalMessage())));
            throw new ConfigException(label + ":" + errorLine(e, lines) + ": " + what);
        }
        return new TomlDocument(label, text, tree instanceof ObjectNode object ? object : MAPPER.createObjectNode());
    }

    Table root() {
        return root;
    }

    /** "LABEL:LINE: message" when the key's line can be found, else "LABEL: message". */
    ConfigException error(List<String> keyPath, String message, String hint) {
        int line = lineOf(keyPath);
        return new ConfigException(label + (line > 0 ? ":" + line : "") + ": " + message, hint);
    }

    /**
     * Jackson reports a duplicate key where it stopped reading: after the value and any blank or comment lines
     * that follow. Walk back to the line that holds the duplicate.
     */
    private static int errorLine(JacksonException e, String[] lines) {
        JsonLocation location = e.getLocation();
        int line = location == null ? 0 : location.getLineNr();
        if (line <= 0 || !"Duplicate key".equals(e.getOriginalMessage()) || location.getColumnNr() > 1) {
            return Math.max(line, 1);
        }
        int candidate = Math.min(line - 1, lines.length);
        while (candidate > 1 && isBlankOrComment(lines[candidate - 1])) {
            candidate--;
        }
        return Math.max(candidate, 1);
    }

    private static boolean isBlankOrComment(String line) {
        String trimmed = line.strip();
        return trimmed.isEmpty() || trimmed.startsWith("#");
    }

    /** The first line defining {@code keyPath} or something inside it; else an inline table holding it; else 0. */
    private int lineOf(List<String> keyPath) {
        List<String> table = List.of();
        int enclosing = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> path;
            if (line.startsWith("[")) {
                int close = line.lastIndexOf(']');
                table = splitKey(line.substring(line.startsWith("[[") ? 2 : 1, Math.max(close, 1)).replace("]", ""));
                path = table;
            } else {
                int equals = line.indexOf('=');
                if (equals <= 0) {
                    continue;
                }
                path = new ArrayList<>(table);
                path.addAll(splitKey(line.substring(0, equals)));
            }
            if (startsWith(path, keyPath)) {
                return i + 1;
            }
            if (enclosing == 0 && !line.startsWith("[") && startsWith(keyPath, path)) {
                enclosing = i + 1;
            }
        }
        return enclosing;
    }

    private static boolean startsWith(List<String> path, List<String> prefix) {
        return path.size() >= prefix.size() && path.subList(0, prefix.size()).equals(prefix);
    }

    /** {@code a."b.c" . d} → [a, b.c, d]. */
    private static List<String> splitKey(String key) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        char quote = 0;
        for (char c : key.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    part.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '.') {
                parts.add(part.toString().strip());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString().strip());
        return parts;
    }

    /** One table of the document, with checked getters that name the key when the type is wrong. */
    final class Table {
        private final ObjectNode node;
        private final List<String> path;

        private Table(ObjectNode node, List<String> path) {
            this.node = node;
            this.path = path;
        }

        /** "[a.b]", or "the top level". */
        String name() {
            return path.isEmpty() ? "the top level" : "[" + String.join(".", path) + "]";
        }

        List<String> keys() {
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            return Collections.unmodifiableList(keys);
        }

        /** Refuses keys outside {@code known}, naming the key and the known ones. */
        void allowOnly(String... known) {
            Set<String> allowed = Set.of(known);
            for (String key : keys()) {
                if (!allowed.contains(key)) {
                    throw error(key, "unknown key '" + key + "' in " + name(),
                            "known keys in " + name() + ": " + String.join(", ", known));
                }
            }
        }

        boolean isTable(String key) {
            return node.get(key) instanceof ObjectNode;
        }

        Table table(String key) {
            JsonNode value = node.get(key);
            if (value == null) {
                return null;
            }
            if (!(value instanceof ObjectNode object)) {
                throw typeError(key, "a table", value);
            }
            return new Table(object, child(key));
        }

        String string(String key) {
            JsonNode value = node.get(key);
            if (value == null) {
                return null;
            }
            if (!value.isTextual()) {
                throw typeError(key, "a string", value);
            }
            return value.textValue();
        }

        Integer integer(String key) {
            JsonNode value = node.get(key);
            if (value == null) {
                return null;
            }
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                throw typeError(key, "an integer", value);
            }
            return value.intValue();
        }

        /** A string, or an integer written without quotes; as text. Null when absent. */
        String stringOrInteger(String key) {
            JsonNode value = node.get(key);
            if (value != null && value.isIntegralNumber()) {
                return value.asText();
            }
            return string(key);
        }

        List<String> strings(String key) {
            JsonNode value = node.get(key);
            if (value == null) {
                return List.of();
            }
            if (!value.isArray()) {
                throw typeError(key, "a list of strings", value);
            }
            List<String> items = new ArrayList<>();
            for (JsonNode item : value) {
                if (!item.isTextual()) {
                    throw error(key, label(key) + " must be a list of strings, not a list holding " + describe(item),
                            null);
                }
                items.add(item.textValue());
            }
            return List.copyOf(items);
        }

        /** A path relative to {@code baseDir}, or null when absent. */
        Path path(String key, Path baseDir) {
            String text = string(key);
            return text == null ? null : resolve(key, text, baseDir);
        }

        List<Path> paths(String key, Path baseDir) {
            return strings(key).stream().map(text -> resolve(key, text, baseDir)).toList();
        }

        private Path resolve(String key, String text, Path baseDir) {
            if (text.isBlank()) {
                throw error(key, label(key) + " must not be empty", null);
            }
            try {
                return baseDir.resolve(text).normalize();
            } catch (InvalidPathException e) {
                throw error(key, label(key) + " is not a valid path", null);
            }
        }

        ConfigException error(String key, String message, String hint) {
            return TomlDocument.this.error(child(key), message, hint);
        }

        private ConfigException typeError(String key, String expected, JsonNode value) {
            return error(key, label(key) + " must be " + expected + ", not " + describe(value), null);
        }

        /** "[a.b] key", or "key" at the top level. */
        String label(String key) {
            return path.isEmpty() ? key : name() + " " + key;
        }

        private List<String> child(String key) {
            List<String> child = new ArrayList<>(path);
            child.add(key);
            return child;
        }
    }

    private static String describe(JsonNode value) {
        if (value.isTextual()) {
            return "a string";
        }
        if (value.isIntegralNumber()) {
            return value.canConvertToInt() ? "an integer" : "an integer that large";
        }
        if (value.isNumber()) {
            return "a decimal number";
        }
        if (value.isBoolean()) {
            return "a boolean";
        }
        if (value.isArray()) {
            return "a list";
        }
        return value.isObject() ? "a table" : value.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
