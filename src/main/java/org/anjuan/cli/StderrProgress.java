package org.anjuan.cli;

import java.io.PrintWriter;
import org.anjuan.domain.ProgressListener;

/** Long commands show their progress on stderr, one line updated in place, so stdout stays clean. */
final class StderrProgress implements ProgressListener {

    private final PrintWriter err;
    private final boolean enabled;
    private int lastPercent = -1;

    StderrProgress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    @Override
    public void progress(long done, long total, String what) {
        int percent = total <= 0 ? 100 : (int) (100 * done / total);
        if (!enabled || percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        err.print("\r" + percent + "% " + what + "\u001b[K");
        if (percent == 100) {
            err.println();
        }
        err.flush();
    }
}
