package org.anjuan.store;

import java.util.Map;
import java.util.function.Function;

/**
 * A backup loaded into a new database beside the current one, before and while it replaces it. The current
 * database is kept as a safety copy from {@link #swapIn()} until {@link #dropSafetyCopy()}, and
 * {@link #putBack()} makes it current again.
 */
public interface StagedDatabase extends AutoCloseable {

    /** Every table's rows as loaded (before migrating), by lower-case name, to compare with the manifest. */
    Map<String, Long> rowCounts();

    /** The highest Flyway version applied in the loaded database, before migrating. */
    String schemaVersion();

    /**
     * Opens the loaded database as the program does (Flyway migrates it to this program's schema), runs
     * {@code work} on it and closes it again.
     */
    <T> T open(Function<Database, T> work);

    /**
     * Makes the loaded database the current one; the current one becomes the safety copy. Refuses, changing
     * nothing, when another process has opened the current database in the meantime.
     */
    void swapIn();

    /** After {@link #swapIn()}: the safety copy becomes the current database again, the loaded one is removed. */
    void putBack();

    /** After success: removes the safety copy. */
    void dropSafetyCopy();

    /** Where the safety copy is (after {@link #swapIn()}), or null when there was no current database. */
    String safetyCopy();

    /** Removes the loaded database unless it was swapped in. */
    @Override
    void close();
}
