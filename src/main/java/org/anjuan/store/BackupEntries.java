package org.anjuan.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** The named entries of a backup file, as an engine writes them; the application checksums each one. */
public interface BackupEntries {

    /** Starts the entry {@code name} (such as {@code h2/script.sql}); the stream is closed before the next. */
    OutputStream next(String name) throws IOException;

    /** The entries of a backup being restored. */
    interface Source {

        /** Reads the entry {@code name}; refuses a backup without it. */
        InputStream open(String name) throws IOException;

        /** The entry's size in bytes, for progress. */
        long size(String name);
    }
}
