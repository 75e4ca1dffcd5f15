package dev.strata.core.diff;

import dev.strata.core.error.BadInputException;

import java.util.ArrayList;
import java.util.List;

/**
 * What the user tells the differ beyond the two schemas: renames, which it never guesses.
 * A rename is written as on the command line, {@code --rename SPEC}:
 * <ul>
 *   <li>{@code table.old=new} or {@code schema.table.old=new}: a column renamed;</li>
 *   <li>{@code old=new} or {@code schema.old=new}: a table renamed (within its namespace).</li>
 * </ul>
 * {@code a.b=c} names a column when table {@code a} has a column {@code b}, a table when namespace
 * {@code a} has a table {@code b}; when both, the differ asks for the three-part form.
 */
public record DiffOptions(List<String> renames) {

    public static final DiffOptions NONE = new DiffOptions(List.of());

    private static final String RENAME_HINT = "write TABLE.OLD=NEW to rename a column or OLD=NEW to rename a table";

    public DiffOptions {
        renames = List.copyOf(renames);
        for (String rename : renames) {
            parse(rename);
        }
    }

    public static DiffOptions renaming(String... specs) {
        return new DiffOptions(List.of(specs));
    }

    public DiffOptions withRename(String spec) {
        List<String> all = new ArrayList<>(renames);
        all.add(spec);
        return new DiffOptions(all);
    }

    /** A rename spec split: the dotted path of the old name and the new name. */
    record Rename(String spec, List<String> path, String to) {
    }

    static Rename parse(String spec) {
        int eq = spec == null ? -1 : spec.indexOf('=');
        if (eq <= 0 || eq == spec.length() - 1 || spec.indexOf('=', eq + 1) >= 0) {
            throw new BadInputException("bad rename '" + spec + "'", RENAME_HINT);
        }
        List<String> path = List.of(spec.substring(0, eq).strip().split("\\.", -1));
        String to = spec.substring(eq + 1).strip();
        if (path.size() > 3 || path.stream().anyMatch(String::isBlank) || to.isEmpty() || to.contains(".")) {
            throw new BadInputException("bad rename '" + spec + "'", RENAME_HINT);
        }
        return new Rename(spec, path, to);
    }
}
