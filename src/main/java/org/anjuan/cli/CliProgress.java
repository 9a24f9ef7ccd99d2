package org.anjuan.cli;

import java.io.PrintWriter;
import org.anjuan.domain.ProgressListener;
import org.anjuan.i18n.Messages;

/**
 * Progress of a long command on stderr: a line at every tenth of the work, so stdout stays clean and a pipe
 * or a log stays readable. Short jobs (fewer than 50 steps) print nothing.
 */
final class CliProgress implements ProgressListener {

    private static final int SHORT = 50;
    private final PrintWriter err;
    private final Messages messages;
    private final String key;
    private long lastTenth;

    /** @param key a message with {0} done and {1} total */
    CliProgress(PrintWriter err, Messages messages, String key) {
        this.err = err;
        this.messages = messages;
        this.key = key;
    }

    @Override
    public void progress(long done, long total, String what) {
        long tenth = done * 10 / Math.max(1, total);
        if (total >= SHORT && tenth > lastTenth) {
            lastTenth = tenth;
            err.println(messages.text(key, Long.toString(done), Long.toString(total)));
        }
    }
}
