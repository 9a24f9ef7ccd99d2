package org.anjuan.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.function.Function;
import org.anjuan.domain.AnjuanException;

/**
 * A backup loaded into a new H2 file beside the register. Swapping renames files in the same folder: the register's
 * file becomes the safety copy, the loaded file takes its name.
 */
final class H2StagedDatabase implements StagedDatabase {

    private final H2Backup current;
    private final Path staged;
    private final Path safety;
    private final Map<String, Long> counts;
    private final String schema;
    private boolean swapped;
    private boolean hadCurrent;

    H2StagedDatabase(H2Backup current, Path staged, Path safety, Map<String, Long> counts, String schema) {
        this.current = current;
        this.staged = staged;
        this.safety = safety;
        this.counts = Map.copyOf(counts);
        this.schema = schema;
    }

    @Override
    public Map<String, Long> rowCounts() {
        return counts;
    }

    @Override
    public String schemaVersion() {
        return schema;
    }

    @Override
    public <T> T open(Function<Database, T> work) {
        try (Database db = Database.openFile(swapped ? current.base() : staged)) {
            return work.apply(db);
        }
    }

    @Override
    public synchronized void swapIn() {
        if (swapped) {
            return;
        }
        current.refuseIfInUse(); // again: a window may have opened it while the backup was loading
        Path register = H2Backup.file(current.base());
        hadCurrent = Files.exists(register);
        try {
            if (hadCurrent) {
                move(register, H2Backup.file(safety));
            }
            try {
                move(H2Backup.file(staged), register);
            } catch (IOException e) {
                if (hadCurrent) {
                    move(H2Backup.file(safety), register);
                }
                throw e;
            }
        } catch (IOException e) {
            throw new AnjuanException(e, "backup.restore.swapFailed", current.location(), e.getMessage());
        }
        swapped = true;
    }

    @Override
    public synchronized void putBack() {
        if (!swapped) {
            return;
        }
        Path register = H2Backup.file(current.base());
        try {
            Files.deleteIfExists(register);
            if (hadCurrent) {
                move(H2Backup.file(safety), register);
            }
        } catch (IOException e) {
            throw new AnjuanException(e, "backup.restore.putBackFailed", current.location(),
                    H2Backup.file(safety), e.getMessage());
        }
        swapped = false;
        H2Backup.delete(staged);
    }

    @Override
    public synchronized void dropSafetyCopy() {
        if (swapped) {
            H2Backup.delete(safety);
        }
    }

    @Override
    public String safetyCopy() {
        return swapped && hadCurrent ? H2Backup.file(safety).toString() : null;
    }

    @Override
    public synchronized void close() {
        if (!swapped) {
            H2Backup.delete(staged);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
