package dev.strata.cli.commands;

import dev.strata.cli.Context;
import dev.strata.core.error.BadInputException;
import dev.strata.runtime.Database;
import dev.strata.runtime.ExecutionSettings;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.config.ExecutionConfig;
import dev.strata.runtime.zerodowntime.Durations;
import dev.strata.runtime.zerodowntime.LongTransaction;
import dev.strata.runtime.zerodowntime.ZeroDowntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "long-transactions",
        description = "Sessions in a transaction for longer than --older-than (PostgreSQL): a migration that takes a strong lock "
                + "would queue behind them. Exit 1 when there are any (after --wait, if given).")
public final class LongTransactionsCommand extends ContextCommand {
    @Option(names = "--older-than", paramLabel = "DURATION",
            description = "How old a transaction must be to count (default: [execution] long-transaction, else 30s).")
    String olderThan;

    @Option(names = "--wait", paramLabel = "DURATION", defaultValue = "0",
            description = "Wait up to this long for them to end (default: do not wait).")
    String wait;

    @Override
    protected int run(Context context) {
        Duration age = olderThan != null ? ExecutionConfig.parseDuration(olderThan, "--older-than")
                : context.settings().execution().longTransaction();
        if (age.isZero()) {
            throw new BadInputException("long-transactions needs an age above zero ([execution] long-transaction is \"0\", which"
                    + " turns the check before strong locks off)", "give --older-than, e.g. --older-than 30s");
        }
        Duration patience = ExecutionConfig.parseDuration(wait, "--wait");
        Database database = context.database();
        ZeroDowntime online = database.dialect().zeroDowntime();
        if (online == ZeroDowntime.NONE) {
            throw new BadInputException("long-transactions reads pg_stat_activity: it works on PostgreSQL only",
                    "point --url at a PostgreSQL database");
        }
        List<LongTransaction> open;
        long start = System.nanoTime();
        try (JdbcSession session = database.open()) {
            open = online.longTransactions(session, age);
            if (!open.isEmpty() && !patience.isZero()) {
                if (!context.global().json()) {
                    report(context, open, age);
                    context.note("Waiting up to " + Durations.format(patience) + " for them to end …");
                }
                long deadline = start + patience.toNanos();
                while (!open.isEmpty() && System.nanoTime() < deadline) {
                    sleep(Math.min(500, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
                    open = online.longTransactions(session, age);
                }
            }
        }
        Duration waited = Duration.ofNanos(System.nanoTime() - start);
        if (context.global().json()) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("older_than_ms", age.toMillis());
            document.put("sessions", open.stream().map(t -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("pid", t.pid());
                row.put("user", t.user());
                row.put("application", t.application());
                row.put("client", t.client());
                row.put("age_ms", t.age().toMillis());
                row.put("state", t.state());
                row.put("query", t.query());
                return row;
            }).toList());
            context.printJson(document);
        } else if (open.isEmpty()) {
            context.say("No session has been in a transaction for more than " + Durations.format(age) + " on "
                    + database.description() + (patience.isZero() ? "." : " (waited " + Durations.format(waited) + ")."));
        } else {
            report(context, open, age);
            if (!patience.isZero()) {
                context.say("Still open after waiting " + Durations.format(waited) + ".");
            }
        }
        return open.isEmpty() ? 0 : 1;
    }

    private static void report(Context context, List<LongTransaction> open, Duration age) {
        context.say(open.size() + (open.size() == 1 ? " session has" : " sessions have") + " been in a transaction for more than "
                + Durations.format(age) + " on " + context.database().description() + ":");
        open.forEach(t -> context.say("  " + t.describe()));
        context.say("End one with SELECT pg_terminate_backend(pid), or let it finish before a migration that takes a strong lock.");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
