package org.anjuan.cli;

import java.io.PrintWriter;
import org.anjuan.domain.ProgressListener;
import org.anjuan.i18n.Messages;

/** Progress on stderr, one line per tenth of the work, so a pipe or a log stays readable. */
final class CliProgress implements ProgressListener {

    private final PrintWriter err;
    private final Messages messages;
    private long lastTenth = -1;

    CliProgress(PrintWriter err, Messages messages) {
        this.err = err;
        this.messages = messages;
    }

    @Override
    public void progress(long done, long total, String what) {
        long tenth = total <= 0 ? 10 : done * 10 / total;
        if (tenth != lastTenth) {
            lastTenth = tenth;
            err.println(messages.text("cli.number.stamp.progress", Long.toString(done), Long.toString(total)));
        }
    }
}
