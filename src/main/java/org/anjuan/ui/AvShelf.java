package org.anjuan.ui;

import java.nio.file.Path;
import java.util.List;
import org.anjuan.app.AppContext;
import org.anjuan.domain.AvCheck;
import org.anjuan.domain.AvItem;
import org.anjuan.domain.ProgressListener;

/**
 * What the 音像资料 dialog asks of the application layer. Every method may be slow (verifying re-reads every
 * recording) and is called off the FX thread. The window uses {@link #of(AppContext)}; tests pass a fake.
 */
public interface AvShelf {

    /** A shelf with nothing on it, for registers that keep no records. */
    AvShelf EMPTY = new AvShelf() {
        @Override
        public List<AvItem> list(long caseId) {
            return List.of();
        }

        @Override
        public List<AvCheck> verify(long caseId, ProgressListener progress) {
            return List.of();
        }

        @Override
        public void saveSheet(long caseId, Path out) {
            throw new UnsupportedOperationException("no records");
        }
    };

    /** The case's records in 序号 order, with their flags. */
    List<AvItem> list(long caseId);

    /** Re-hashes the case's stored files. */
    List<AvCheck> verify(long caseId, ProgressListener progress);

    /** Writes the case's 音像资料制作说明 as a PDF. */
    void saveSheet(long caseId, Path out);

    static AvShelf of(AppContext context) {
        return new AvShelf() {
            @Override
            public List<AvItem> list(long caseId) {
                return context.avRecords().list(caseId);
            }

            @Override
            public List<AvCheck> verify(long caseId, ProgressListener progress) {
                return context.avRecords().verify(caseId, progress);
            }

            @Override
            public void saveSheet(long caseId, Path out) {
                context.avRecords().saveSheet(caseId, out);
            }
        };
    }
}
