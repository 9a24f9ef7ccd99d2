package org.anjuan.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SizeSignalTest {

    @Test
    void pagesFarLargerThanTheEmptiestAreClearlyWritten() {
        SizeSignal s = SizeSignal.of(new double[] {0.8, 0.75, 0.15, 0.9, 0.5, 0.16, 0.85});

        // the emptiest page is 0.15, but a quarter of the median (0.75) is 0.1875: twice that is the limit
        assertThat(s.clearlyWritten(0.15)).isFalse();
        assertThat(s.clearlyWritten(0.37)).isFalse();
        assertThat(s.clearlyWritten(0.38)).isTrue();
    }

    @Test
    void oneFreakWhitePageDoesNotMakeEveryOtherPageWritten() {
        SizeSignal s = SizeSignal.of(new double[] {0.01, 0.8, 0.8, 0.8, 0.15});

        assertThat(s.clearlyWritten(0.15)).isFalse();
        assertThat(s.clearlyWritten(0.8)).isTrue();
    }

    @Test
    void aFileOfBlankPagesSendsEveryPageToTheDecoder() {
        SizeSignal s = SizeSignal.of(new double[] {1.0, 1.1, 1.05, 1.2});

        assertThat(s.clearlyWritten(1.2)).isFalse();
    }

    @Test
    void aSinglePageIsAlwaysDecoded() {
        assertThat(SizeSignal.of(new double[] {3.0}).clearlyWritten(3.0)).isFalse();
        assertThat(SizeSignal.of(new double[0]).clearlyWritten(100)).isFalse();
    }

    @Test
    void theForecastGuessesOnlyOnceItHasSeenEnoughAndOnlyScansUnderHalfTheMedian() {
        SizeSignal.Forecast f = new SizeSignal.Forecast();
        // a blank page among the first few is left for the final weighing
        assertThat(f.likelyLetThrough(0.1)).isFalse();
        for (int i = 0; i < SizeSignal.Forecast.MIN_SEEN - 2; i++) {
            assertThat(f.likelyLetThrough(1.0)).isFalse();
        }
        assertThat(f.likelyLetThrough(0.5)).as("half the median of what was seen").isTrue();
        assertThat(f.likelyLetThrough(0.51)).isFalse();
        assertThat(f.likelyLetThrough(0.15)).isTrue();
    }

    @Test
    void whatTheForecastLetsThroughTheFinalSignalLetsThroughWhenTheMedianHolds() {
        double[] sizes = {1.0, 1.1, 0.9, 1.2, 1.0, 0.95, 1.05, 1.0, 0.16, 0.3, 1.1, 0.5};
        SizeSignal.Forecast f = new SizeSignal.Forecast();
        SizeSignal last = SizeSignal.of(sizes);
        for (double s : sizes) {
            if (f.likelyLetThrough(s)) {
                assertThat(last.clearlyWritten(s)).as("%s", s).isFalse();
            }
        }
    }
}
