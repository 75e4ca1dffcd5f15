package dev.strata.benchmark;

import dev.strata.core.diff.SchemaDiff;
import dev.strata.core.diff.SchemaDiffer;
import dev.strata.core.model.Schema;
import dev.strata.runtime.Database;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.config.DatabaseUrl;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.util.Set;

/**
 * Strata's inspector and differ through their Java API, for the schema scenarios:
 * <ul>
 *   <li>{@code introspect URL}: {@code dialect().inspector().inspect(session, Set.of())} of one database;</li>
 *   <li>{@code diff URL_A URL_B}: inspects both, then {@code SchemaDiffer.diff(a, b)}, timed on its own
 *       ({@code diff_ms}), and a second time in the same JVM ({@code diff_again_ms}, JIT warmer);</li>
 *   <li>{@code heap10k URL_A URL_B}: the same as {@code diff}, meant for a child with a small {@code -Xmx}, and
 *       the heap in use after {@code System.gc()} holding one model ({@code heap_model_mb}) and holding both
 *       models and their diff ({@code heap_diff_mb}), plus the peak over the run ({@code heap_peak_mb}).</li>
 * </ul>
 * Every run prints {@code tables=…}, the number of tables the (first) model holds, for the harness to check.
 */
public final class StrataSchemaRunner {

    private static final double MB = 1024.0 * 1024.0;

    private StrataSchemaRunner() {
    }

    public static void main(String[] args) {
        Scenario scenario = args.length == 0 ? null : Scenario.parse(args[0]);
        int wanted = scenario == Scenario.INTROSPECT ? 2 : 3;
        if (scenario == null || !scenario.isSchema() || args.length != wanted) {
            System.err.println("usage: StrataSchemaRunner introspect URL | diff URL_A URL_B | heap10k URL_A URL_B");
            System.exit(2);
        }
        RunnerSupport.time(() -> {
            switch (scenario) {
                case INTROSPECT -> RunnerSupport.figure("tables", tables(inspect(args[1]).schema()));
                case DIFF -> diff(args[1], args[2], false);
                case HEAP10K -> diff(args[1], args[2], true);
                default -> throw new IllegalStateException(scenario.label());
            }
        });
    }

    private record Inspected(Database database, Schema schema) {
    }

    private static Inspected inspect(String url) {
        Database database = new Database(DatabaseUrl.parse(url));
        try (JdbcSession session = database.open()) {
            return new Inspected(database, database.dialect().inspector().inspect(session, Set.of()));
        }
    }

    private static void diff(String urlA, String urlB, boolean heap) {
        long start = System.nanoTime();
        Inspected a = inspect(urlA);
        double inspectA = RunnerSupport.msSince(start);
        if (heap) {
            RunnerSupport.figure("heap_model_mb", usedAfterGc());
        }
        start = System.nanoTime();
        Inspected b = inspect(urlB);
        double inspectB = RunnerSupport.msSince(start);
        SchemaDiffer differ = new SchemaDiffer(a.database().dialect().diffPolicy());
        start = System.nanoTime();
        SchemaDiff diff = differ.diff(a.schema(), b.schema());
        double diffMs = RunnerSupport.msSince(start);
        start = System.nanoTime();
        SchemaDiff again = differ.diff(a.schema(), b.schema());
        double againMs = RunnerSupport.msSince(start);
        if (heap) {
            RunnerSupport.figure("heap_diff_mb", usedAfterGc());
            RunnerSupport.figure("heap_peak_mb", peakHeap());
            RunnerSupport.figure("heap_max_mb", Runtime.getRuntime().maxMemory() / MB);
        }
        Reference.reachabilityFence(again);
        RunnerSupport.figure("tables", tables(a.schema()));
        RunnerSupport.figure("tables_b", tables(b.schema()));
        RunnerSupport.figure("inspect_a_ms", inspectA);
        RunnerSupport.figure("inspect_b_ms", inspectB);
        RunnerSupport.figure("diff_ms", diffMs);
        RunnerSupport.figure("diff_again_ms", againMs);
        RunnerSupport.figure("differences", diff.differences().size());
        RunnerSupport.figure("operations", diff.operations().size());
    }

    private static int tables(Schema schema) {
        return schema.namespaces().stream().mapToInt(n -> n.tables().size()).sum();
    }

    /** Heap in use after a full collection, in MB: what the live objects take. */
    private static double usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.gc();
        return (runtime.totalMemory() - runtime.freeMemory()) / MB;
    }

    /** The largest the heap's pools have been since the JVM started, summed, in MB. */
    private static double peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / MB;
    }
}
