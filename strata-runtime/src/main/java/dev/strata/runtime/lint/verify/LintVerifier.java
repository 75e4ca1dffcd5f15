package dev.strata.runtime.lint.verify;

import dev.strata.core.error.BadInputException;
import dev.strata.core.error.DatabaseException;
import dev.strata.core.graph.MigrationPlan;
import dev.strata.core.graph.Revision;
import dev.strata.core.script.MigrationScript;
import dev.strata.core.script.MigrationSet;
import dev.strata.core.script.SqlFlavor;
import dev.strata.runtime.Database;
import dev.strata.runtime.ExecutionSettings;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.ScratchDatabase;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.migrate.MigrationListener;
import dev.strata.runtime.migrate.Migrator;
import dev.strata.runtime.migrate.VersionStore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code strata lint --verify}: every judged migration runs on a scratch database that holds the schema at that point
 * plus sample rows, and a second connection watches what it does. One scratch database serves the whole run: the
 * migrations before the range are applied by Strata's own {@link Migrator}, then each judged migration is seeded,
 * observed ({@link ObservedRun}) and recorded, so the cost grows with the number of migrations, not its square.
 * The scratch database is always dropped; the target database is never written.
 */
public final class LintVerifier {
    private LintVerifier() {
    }

    /** Creates a scratch database on {@code server}'s server, verifies there, and drops it. */
    public static VerifyReport verify(Database server, MigrationSet set, String range, String schema) {
        if (server.url().kind() != DatabaseKind.POSTGRES) {
            throw new BadInputException("lint --verify observes locks through pg_locks, so it runs on PostgreSQL only; "
                    + server.description() + " is " + server.dialect().name(), "give a PostgreSQL URL with --url, or lint without --verify");
        }
        try (ScratchDatabase scratch = ScratchDatabase.create(server, "lint_verify")) {
            return verifyOn(scratch.database(), set, range, schema);
        }
    }

    /** Verifies on {@code empty}, a PostgreSQL database with no schema of its own yet (the caller owns it). */
    public static VerifyReport verifyOn(Database empty, MigrationSet set, String range, String schema) {
        long t0 = System.nanoTime();
        List<Revision> order = set.graph().revisions();
        Set<String> judged = new HashSet<>();
        (range == null ? order : set.graph().range(range)).forEach(r -> judged.add(r.id()));
        int last = -1;
        for (int i = 0; i < order.size(); i++) {
            if (judged.contains(order.get(i).id())) {
                last = i;
            }
        }
        Migrator migrator = new Migrator(empty, set, schema, ExecutionSettings.DEFAULTS, MigrationListener.NONE);
        VersionStore store = new VersionStore(empty.dialect(), schema);
        List<MigrationObservation> observed = new ArrayList<>();
        List<String> notVerified = new ArrayList<>();
        int seeded = 0;
        List<String> notes;
        try (JdbcSession work = empty.open(); JdbcSession watch = empty.open();
             LockObserver observer = new LockObserver(watch, work.queryOne("SELECT pg_backend_pid()", r -> r.getInt(1)))) {
            boolean fresh = freshStatistics(work);
            SampleRows samples = new SampleRows(work);
            ObservedRun runner = new ObservedRun(work, observer, schema, fresh);
            boolean stopped = false;
            for (int i = 0; i <= last; i++) {
                Revision revision = order.get(i);
                if (!judged.contains(revision.id())) {
                    applyBefore(migrator, revision, set);
                    continue;
                }
                if (stopped) {
                    notVerified.add(revision.id());
                    continue;
                }
                int rows = samples.seed(Relations.read(work, schema, fresh));
                seeded += rows;
                MigrationScript script = set.script(revision.id());
                var statements = runner.run(script.upgradeStatements(SqlFlavor.POSTGRES), script.transactional());
                MigrationObservation migration = new MigrationObservation(revision.id(), script.transactional(), statements, rows);
                observed.add(migration);
                if (migration.failed()) {
                    stopped = true;
                } else {
                    record(work, store, set, revision.id());
                }
            }
            notes = samples.notes();
        }
        return new VerifyReport(observed, notVerified, notes, seeded, (System.nanoTime() - t0) / 1_000_000);
    }

    /** A migration before the range: Strata's own Migrator applies it, as {@code upgrade} would. */
    private static void applyBefore(Migrator migrator, Revision revision, MigrationSet set) {
        try {
            migrator.upgrade(revision.id());
        } catch (DatabaseException e) {
            throw new DatabaseException("lint --verify could not build the schema before the range: " + e.getMessage(),
                    "lint the range that starts at " + revision.id() + " to see why (" + set.script(revision.id()).file().getFileName()
                            + ")", e.statement(), e.sqlState(), e);
        }
    }

    /** Moves strata_version past an observed migration, so the Migrator can go on from there. */
    private static void record(JdbcSession work, VersionStore store, MigrationSet set, String revision) {
        store.ensureTables(work);
        MigrationPlan plan = set.graph().planUpgrade(store.versionRows(work), revision);
        for (var step : plan.steps()) {
            store.bookkeeping().moveVersion(step.headsBefore(), step.headsAfter()).forEach(work::execute);
        }
    }

    /** PostgreSQL 15+ can read statistics fresh, which keeps scan counts right across a statistics flush. */
    private static boolean freshStatistics(JdbcSession work) {
        try {
            work.execute("SET stats_fetch_consistency = none");
            return true;
        } catch (DatabaseException e) {
            return false;
        }
    }
}
