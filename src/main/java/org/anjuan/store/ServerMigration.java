package org.anjuan.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anjuan.domain.AnjuanException;
import org.anjuan.domain.AuditVerdict;
import org.anjuan.domain.ProgressListener;
import org.anjuan.store.jooq.DefaultSchema;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * Moves a register from the embedded H2 file to an empty PostgreSQL database ({@code db migrate-to}): every
 * table, parents before children, row for row with their ids, in one transaction on the server, so a failure
 * leaves the server database as empty as it was. Then each table's identity sequence is moved past its
 * highest id, every table's rows are counted on both sides, and the audit chain is verified on the server —
 * all before the commit; the move itself is the chain's next line. The H2 file is only read.
 */
public final class ServerMigration {

    private static final int BATCH = 500;

    private ServerMigration() {
    }

    /** What was moved: the rows of each table in the order they were copied, and the chain on the server. */
    public record Result(Map<String, Long> rows, AuditVerdict chain) {

        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Copies {@code source} into {@code target}, which must hold no register yet (only what its migrations put
     * there). Refused with {@code db.migrate.*} keys; nothing is written to the server then.
     */
    public static Result copy(Database source, Database target, String actor, ProgressListener progress) {
        if (!target.onServer() || source.onServer()) {
            throw new IllegalArgumentException("from an H2 file to a PostgreSQL server only");
        }
        List<Table<?>> tables = inForeignKeyOrder(DefaultSchema.DEFAULT_SCHEMA.getTables());
        return target.transaction(tx -> {
            for (Table<?> t : tables) {
                if (!seededByMigrations(t) && tx.fetchExists(t)) {
                    throw new AnjuanException("db.migrate.notEmpty", target.location(), t.getName().toLowerCase());
                }
            }
            for (int i = tables.size() - 1; i >= 0; i--) {
                tx.deleteFrom(tables.get(i)).execute(); // the rows the migrations seeded: the source's replace them
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            long done = 0;
            long all = 0;
            Map<Table<?>, Integer> counts = new LinkedHashMap<>();
            for (Table<?> t : tables) {
                counts.put(t, source.dsl().fetchCount(t));
                all += counts.get(t);
            }
            for (Table<?> t : tables) {
                if (progress.isCancelled()) {
                    throw new AnjuanException("db.migrate.cancelled");
                }
                long copied = copyTable(source.dsl(), tx, t);
                done += copied;
                progress.progress(done, all, t.getName().toLowerCase());
                restartIdentity(tx, t);
                long there = tx.fetchCount(t);
                if (copied != counts.get(t) || there != counts.get(t)) {
                    throw new AnjuanException("db.migrate.count", t.getName().toLowerCase(), counts.get(t), there);
                }
                rows.put(t.getName().toLowerCase(), there);
            }
            AuditVerdict chain = new AuditLog(target).verify(); // inside this transaction: what is about to commit
            if (!chain.intact()) {
                throw new AnjuanException("db.migrate.chain", String.valueOf(chain.fault()), chain.entryId());
            }
            Audit.append(tx, actor, "db.migrate", "database", null,
                    source.location() + " → " + target.location() + "：" + rows.size() + " 张表，"
                            + rows.values().stream().mapToLong(Long::longValue).sum() + " 行");
            return new Result(rows, chain);
        });
    }

    /** The rows of every table of the register, in the order a move copies them. */
    public static Map<String, Long> rowCounts(Database db) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (Table<?> t : inForeignKeyOrder(DefaultSchema.DEFAULT_SCHEMA.getTables())) {
            rows.put(t.getName().toLowerCase(), (long) db.dsl().fetchCount(t));
        }
        return rows;
    }

    /** Every table after the tables it refers to; tables keep the schema's order otherwise. */
    static List<Table<?>> inForeignKeyOrder(List<Table<?>> tables) {
        Set<Table<?>> ordered = new LinkedHashSet<>();
        List<Table<?>> left = new ArrayList<>(tables);
        while (!left.isEmpty()) {
            boolean progressed = false;
            for (var it = left.iterator(); it.hasNext(); ) {
                Table<?> t = it.next();
                boolean ready = true;
                for (ForeignKey<?, ?> fk : t.getReferences()) {
                    Table<?> parent = fk.getKey().getTable();
                    if (!parent.equals(t) && !ordered.contains(parent) && tables.contains(parent)) {
                        ready = false;
                    }
                }
                if (ready) {
                    ordered.add(t);
                    it.remove();
                    progressed = true;
                }
            }
            if (!progressed) {
                throw new IllegalStateException("foreign keys in a circle: " + left);
            }
        }
        return List.copyOf(ordered);
    }

    /** Tables the migrations fill (the standard orders, the audit chain's head): replaced, not a sign of use. */
    private static boolean seededByMigrations(Table<?> t) {
        String name = t.getName().toLowerCase();
        return name.equals("order_template") || name.equals("audit_head") || name.equals("setting");
    }

    private static long copyTable(DSLContext from, DSLContext to, Table<?> t) {
        long copied = 0;
        List<Record> batch = new ArrayList<>(BATCH);
        var order = t.getPrimaryKey() != null ? t.getPrimaryKey().getFields() : List.of(t.fields()[0]);
        try (Cursor<? extends Record> rows = from.selectFrom(t).orderBy(order.toArray(new org.jooq.Field<?>[0]))
                .fetchLazy()) {
            for (Record r : rows) {
                batch.add(r);
                if (batch.size() == BATCH) {
                    copied += insert(to, t, batch);
                    batch.clear();
                }
            }
        }
        if (!batch.isEmpty()) {
            copied += insert(to, t, batch);
        }
        return copied;
    }

    private static int insert(DSLContext to, Table<?> t, List<Record> batch) {
        return to.insertInto(t).columns(t.fields()).valuesOfRecords(batch).execute();
    }

    /** Moves a table's identity sequence past its highest id, so the next row the server numbers is new. */
    private static void restartIdentity(DSLContext tx, Table<?> t) {
        if (t.getIdentity() == null) {
            return;
        }
        TableField<?, ?> id = t.getIdentity().getField();
        Object max = tx.select(DSL.max(id)).from(t).fetchOne().value1();
        long next = max == null ? 1 : ((Number) max).longValue() + 1;
        tx.execute("ALTER TABLE " + t.getName().toLowerCase() + " ALTER COLUMN " + id.getName().toLowerCase()
                + " RESTART WITH " + next);
    }
}
