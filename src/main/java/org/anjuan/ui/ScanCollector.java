package org.anjuan.ui;

import java.util.Optional;

/**
 * Tells a keyboard-wedge scanner from a person at the keyboard. A scanner "types" the code on a cover in one fast
 * burst and ends it with Enter; a person types far slower. Characters further apart than the longest gap start a
 * new burst, and Enter hands over the burst only when it is long enough and came fast enough. Plain Java: the
 * caller gives the time of each key, so the rule can be tested without a keyboard.
 */
public final class ScanCollector {

    /** Scanners send a character every few milliseconds; people rarely type two keys within this time. */
    public static final long LONGEST_GAP_MILLIS = 120;
    /** Shorter bursts are keyboard shortcuts or accidents, not codes. */
    public static final int SHORTEST_CODE = 4;

    private final long longestGapNanos;
    private final int shortestCode;
    private final StringBuilder burst = new StringBuilder();
    private long lastNanos;

    public ScanCollector() {
        this(LONGEST_GAP_MILLIS, SHORTEST_CODE);
    }

    public ScanCollector(long longestGapMillis, int shortestCode) {
        this.longestGapNanos = longestGapMillis * 1_000_000L;
        this.shortestCode = shortestCode;
    }

    /** A character arrived at {@code nanos}; control characters are ignored. */
    public void typed(String character, long nanos) {
        if (character == null || character.isEmpty() || Character.isISOControl(character.charAt(0))) {
            return;
        }
        if (burst.length() > 0 && nanos - lastNanos > longestGapNanos) {
            burst.setLength(0);
        }
        burst.append(character);
        lastNanos = nanos;
    }

    /** Enter at {@code nanos}: the scanned code, if what came before was a scanner's burst. Starts afresh. */
    public Optional<String> enter(long nanos) {
        String code = burst.toString().strip();
        boolean fresh = burst.length() > 0 && nanos - lastNanos <= longestGapNanos;
        reset();
        return fresh && code.length() >= shortestCode ? Optional.of(code) : Optional.empty();
    }

    /** Forgets what was collected, e.g. when a text field takes the focus. */
    public void reset() {
        burst.setLength(0);
    }

    /** True while a burst is being collected. */
    public boolean collecting() {
        return burst.length() > 0;
    }
}
