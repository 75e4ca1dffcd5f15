package dev.strata.core.script;

import dev.strata.core.error.NotReversibleException;
import dev.strata.core.graph.Revision;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A parsed migration file.
 *
 * @param file                  where it was read from
 * @param revision              its place in the graph (from the header)
 * @param transactional         false when the header says {@code -- strata:transactional false}
 * @param upgrade               the upgrade section
 * @param downgrade             the downgrade section; null when declared {@code -- strata:downgrade irreversible}
 * @param checksum              checksum of the normalized file content ({@link Checksum})
 * @param settings              other header settings, by name ({@code lock-timeout}, {@code statement-timeout})
 */
public record MigrationScript(Path file, Revision revision, boolean transactional, Section upgrade, Section downgrade,
                              String checksum, Map<String, String> settings) {
    public MigrationScript {
        settings = Map.copyOf(settings);
    }

    public String id() {
        return revision.id();
    }

    public boolean irreversible() {
        return downgrade == null;
    }

    public List<SqlStatement> upgradeStatements(SqlFlavor flavor) {
        return StatementSplitter.split(upgrade.text(), flavor, upgrade.firstLine(), String.valueOf(file));
    }

    public List<SqlStatement> downgradeStatements(SqlFlavor flavor) {
        if (downgrade == null) {
            throw new NotReversibleException("revision " + id() + " (" + file.getFileName() + ") declares its downgrade irreversible",
                    "downgrade to a revision after it, or write a downgrade section");
        }
        return StatementSplitter.split(downgrade.text(), flavor, downgrade.firstLine(), String.valueOf(file));
    }
}
