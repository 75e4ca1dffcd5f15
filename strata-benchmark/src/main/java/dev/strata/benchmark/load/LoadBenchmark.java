package dev.strata.benchmark.load;

import dev.strata.benchmark.DbUrl;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Zero-downtime under load (design/benchmarks.md): for each {@link Change}, on a fresh copy of a table of
 * {@code rows} rows, a {@link QueryLoad} runs for a baseline period, then an {@link IdleTransaction} takes a lock that
 * conflicts with the change's strong lock and holds it for {@link #HOLD}, and the change runs: once naively (its plain
 * SQL over JDBC, as a user would type it) and once the Strata way (migration files through Strata's CLI, in-process,
 * with its defaults: 2 s lock_timeout with retries, CONCURRENTLY, NOT VALID + VALIDATE, two-phase NOT NULL, batched
 * backfills). Measured: the longest lock wait of any workload query ({@link LockWaitSampler}), the longest query and
 * the p99 latency as the client saw them, failed queries, and the migration's wall time.
 */
public final class LoadBenchmark {
    static final Duration LOCK_TIMEOUT = Duration.ofSeconds(2); // Strata's default, which the Strata way runs with
    private static final Duration BASELINE = Duration.ofSeconds(3);
    private static final Duration IDLE_LEAD = Duration.ofMillis(500);
    private static final Duration HOLD = Duration.ofSeconds(6);
    private static final Duration TAIL = Duration.ofSeconds(1);
    private static final int WORKERS = 4;

    private final int rows;
    private final Function<String, DbUrl> create;
    private final BiFunction<String, DbUrl, DbUrl> copy;
    private final Consumer<DbUrl> drop;
    private final boolean markdown;
    private final String runId = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(2);

    /**
     * @param create creates an empty database of the given name; {@code copy} one from a template; {@code drop} drops
     *               one of them (the harness's own, so that nothing outlives the run)
     */
    public LoadBenchmark(int rows, Function<String, DbUrl> create, BiFunction<String, DbUrl, DbUrl> copy,
                         Consumer<DbUrl> drop, boolean markdown) {
        this.rows = rows;
        this.create = create;
        this.copy = copy;
        this.drop = drop;
        this.markdown = markdown;
    }

    /** Runs every change both ways, prints the table on stdout (progress on stderr); true when Strata met the goal. */
    public boolean run() {
        long t0 = System.nanoTime();
        DbUrl template = create.apply("sbench_" + runId + "_load_template");
        List<LoadResult> results = new ArrayList<>();
        try {
            LoadTable.create(template, rows);
            progress("[load] template with %,d rows ready in %.1f s", rows, (System.nanoTime() - t0) / 1e9);
            for (Change change : Change.values()) {
                for (boolean strata : new boolean[] {false, true}) {
                    LoadResult result = measure(change, strata, template);
                    results.add(result);
                    progress("[load] %-24s %-6s migration %6.1f s, longest lock wait %,6d ms, longest query %,6d ms,"
                                    + " p99 %,d -> %,d ms, %,d queries, %d failed%s%s",
                            change.label(), result.way(), result.migrationMs() / 1000, Math.round(result.lockWaitMs()),
                            Math.round(result.longestMs()), Math.round(result.baselineP99Ms()), Math.round(result.duringP99Ms()),
                            result.queries(), result.failed(), strata ? ", " + result.retries() + " retries" : "",
                            result.error() != null ? ", FAILED: " + result.error() : result.done() ? "" : ", NOT DONE");
                }
            }
        } finally {
            drop.accept(template);
        }
        LoadReport report = new LoadReport(results, LOCK_TIMEOUT);
        String title = String.format(Locale.ROOT, "zero-downtime under load: %,d rows, %d workload connections,"
                        + " one session idle in a transaction holding a conflicting lock for %d s from %.1f s before the change"
                        + " (%.0f s in all)", rows, WORKERS, HOLD.toSeconds(), IDLE_LEAD.toMillis() / 1000.0,
                (System.nanoTime() - t0) / 1e9);
        System.out.print(report.render(false, title));
        if (markdown) {
            System.out.print(report.render(true, title));
        }
        return report.holds();
    }

    private LoadResult measure(Change change, boolean strata, DbUrl template) {
        DbUrl db = copy.apply("sbench_" + runId + "_load_" + change.name().toLowerCase(Locale.ROOT) + (strata ? "_strata" : "_naive"),
                template);
        try {
            long started;
            long ended;
            Outcome outcome;
            List<QueryLoad.Query> queries;
            Map<String, Integer> errors;
            double lockWait;
            try (LockWaitSampler sampler = LockWaitSampler.start(db); QueryLoad load = QueryLoad.start(db, WORKERS, rows)) {
                sleep(BASELINE);
                try (IdleTransaction idle = IdleTransaction.begin(db, HOLD)) {
                    sleep(IDLE_LEAD);
                    sampler.startCounting();
                    started = System.nanoTime();
                    outcome = strata ? strata(change, db) : naive(change, db);
                    ended = System.nanoTime();
                    if (idle.error() != null) {
                        throw new IllegalStateException("the idle session failed: " + idle.error());
                    }
                }
                sleep(TAIL);
                sampler.stopCounting();
                load.close();
                queries = load.queries();
                errors = load.errors();
                lockWait = sampler.longestMs();
                if (sampler.error() != null) {
                    throw new IllegalStateException("the lock-wait sampler failed: " + sampler.error());
                }
            }
            List<QueryLoad.Query> before = queries.stream().filter(q -> q.end() < started).toList();
            List<QueryLoad.Query> during = queries.stream().filter(q -> q.end() >= started && q.start() <= ended).toList();
            double longest = during.stream().mapToLong(QueryLoad.Query::nanos).max().orElse(0) / 1e6;
            int failed = (int) queries.stream().filter(QueryLoad.Query::failed).count();
            return new LoadResult(change, strata, (ended - started) / 1e6, lockWait, longest, p99(before), p99(during),
                    during.size(), failed, outcome.retries, outcome.error == null && done(change, db), outcome.error, errors);
        } finally {
            drop.accept(db);
        }
    }

    /** What one run of the migration said: its failure (null when it worked), and how many lock timeouts it retried. */
    private record Outcome(String error, int retries) {
    }

    private static Outcome naive(Change change, DbUrl db) {
        try (Connection c = LoadTable.connect(db, "strata-load-naive"); Statement s = c.createStatement()) {
            s.execute(change.naive());
            return new Outcome(null, 0);
        } catch (SQLException e) {
            return new Outcome(e.getMessage(), 0);
        }
    }

    /** The migration files through the CLI, as a user runs {@code strata upgrade}. */
    private static Outcome strata(Change change, DbUrl db) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("strata-load-");
            Path migrations = Files.createDirectories(dir.resolve("migrations"));
            for (Change.MigrationFile file : change.strata()) {
                Files.writeString(migrations.resolve(file.name()), file.text());
            }
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = dev.strata.cli.Main.run(new PrintWriter(out), new PrintWriter(err), Map.of(), dir,
                    "--url", db.strataUrl(), "--dir", migrations.toString(), "upgrade");
            int retries = (int) err.toString().lines().filter(l -> l.startsWith("Lock timeout in ")).count();
            return new Outcome(exit == 0 ? null : "strata upgrade exited " + exit + ": " + err.toString().strip(), retries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteTree(dir);
        }
    }

    private static boolean done(Change change, DbUrl db) {
        try (Connection c = LoadTable.connect(db, "strata-load-check"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(change.check())) {
            return r.next() && r.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check " + change.label() + " in " + db + ": " + e.getMessage(), e);
        }
    }

    static double p99(List<QueryLoad.Query> queries) {
        if (queries.isEmpty()) {
            return Double.NaN;
        }
        long[] nanos = queries.stream().mapToLong(QueryLoad.Query::nanos).sorted().toArray();
        return nanos[(int) Math.ceil(0.99 * nanos.length) - 1] / 1e6;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void progress(String format, Object... args) {
        System.err.println(String.format(Locale.ROOT, format, args));
    }

    private static void deleteTree(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
