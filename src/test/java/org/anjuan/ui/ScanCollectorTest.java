package org.anjuan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A scanner's fast burst ending in Enter is a code; a person's slow typing and short bursts are not. */
class ScanCollectorTest {

    private static final long MS = 1_000_000L;

    @Test
    void aFastBurstEndingInEnterIsAScannedCode() {
        ScanCollector c = new ScanCollector();
        long t = type(c, "2023年厦国动罚字第01号", 1000 * MS, 8 * MS);
        assertThat(c.enter(t + 8 * MS)).contains("2023年厦国动罚字第01号");
        assertThat(c.collecting()).isFalse();
    }

    @Test
    void slowTypingIsAPersonNotAScanner() {
        ScanCollector c = new ScanCollector();
        long t = type(c, "2023年厦国动罚字第01号", 1000 * MS, 250 * MS);
        assertThat(c.enter(t + 10 * MS)).isEmpty();
    }

    @Test
    void aPauseBeforeTheBurstStartsANewOneAndShortBurstsAreIgnored() {
        ScanCollector c = new ScanCollector();
        long t = type(c, "xx", 0, 5 * MS);
        t = type(c, "BOX-2023-罚-001", t + 2000 * MS, 5 * MS);
        assertThat(c.enter(t + 5 * MS)).contains("BOX-2023-罚-001");
        t = type(c, "ab", t + 3000 * MS, 5 * MS);
        assertThat(c.enter(t + 5 * MS)).as("two keys are a shortcut, not a code").isEmpty();
    }

    @Test
    void enterLongAfterTheBurstIsNotPartOfTheScan() {
        ScanCollector c = new ScanCollector();
        long t = type(c, "123456", 0, 5 * MS);
        assertThat(c.enter(t + 900 * MS)).isEqualTo(Optional.empty());
    }

    @Test
    void controlCharactersAreIgnored() {
        ScanCollector c = new ScanCollector();
        c.typed("\t", 0);
        c.typed("\r", 1 * MS);
        assertThat(c.collecting()).isFalse();
    }

    private static long type(ScanCollector c, String text, long start, long gap) {
        long t = start;
        for (int i = 0; i < text.length(); i++) {
            c.typed(String.valueOf(text.charAt(i)), t);
            t += gap;
        }
        return t - gap;
    }
}
