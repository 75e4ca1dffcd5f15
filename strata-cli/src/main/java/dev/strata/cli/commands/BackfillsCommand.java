package dev.strata.cli.commands;

import dev.strata.cli.Context;
import dev.strata.runtime.Database;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.zerodowntime.BackfillStatus;
import picocli.CommandLine.Command;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "backfills",
        description = "Backfills of migrations not yet applied: running, or stopped (the next upgrade resumes them where they stopped).")
public final class BackfillsCommand extends ContextCommand {
    @Override
    protected int run(Context context) {
        Database database = context.database();
        List<BackfillStatus> rows;
        if (database.isMissingFile()) {
            rows = List.of();
        } else {
            try (JdbcSession session = database.open()) {
                rows = BackfillStatus.read(session, database.dialect(), context.settings().schema());
            }
        }
        if (context.global().json()) {
            context.printJson(Map.of("backfills", rows.stream().map(b -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("revision", b.revision());
                row.put("direction", b.direction());
                row.put("ordinal", b.ordinal());
                row.put("table", b.table());
                row.put("key", b.key());
                row.put("last_key", b.lastKey());
                row.put("rows_seen", b.rowsSeen());
                row.put("rows_done", b.rowsDone());
                row.put("batches", b.batches());
                row.put("started_at", b.startedAt().toString());
                row.put("updated_at", b.updatedAt().toString());
                row.put("finished_at", b.finishedAt() == null ? null : b.finishedAt().toString());
                return row;
            }).toList()));
            return 0;
        }
        if (rows.isEmpty()) {
            context.say("No backfill in progress on " + database.description() + ".");
            return 0;
        }
        context.say("Backfills on " + database.description() + " (`strata upgrade` resumes a stopped one after its last batch):");
        Instant now = Instant.now();
        rows.forEach(b -> context.say("  " + b.describe(now)));
        return 0;
    }
}
