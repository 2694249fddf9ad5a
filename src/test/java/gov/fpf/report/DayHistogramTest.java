package gov.fpf.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Medians and 90th percentiles from the database's day counts, as PERCENTILE_CONT computes them. */
class DayHistogramTest {

    private static DayHistogram of(long... days) {
        DayHistogram h = new DayHistogram();
        Arrays.stream(days).forEach(d -> h.add(d, 1));
        return h;
    }

    @Test
    void nothingMeasuredHasNoMedian() {
        DayHistogram empty = new DayHistogram();
        assertThat(empty.count()).isZero();
        assertThat(empty.percentile(0.5)).isNull();
        assertThat(empty.stats().p90()).isNull();
    }

    @Test
    void oneValueIsEveryPercentile() {
        assertThat(of(7).percentile(0.5)).isEqualByComparingTo("7");
        assertThat(of(7).percentile(0.9)).isEqualByComparingTo("7");
    }

    @Test
    void percentilesInterpolateBetweenTheNearestRanks() {
        assertThat(of(10, 20).percentile(0.5)).isEqualByComparingTo("15");
        assertThat(of(1, 2, 3, 4, 10).percentile(0.5)).isEqualByComparingTo("3");
        assertThat(of(1, 2, 3, 4, 10).percentile(0.9)).isEqualByComparingTo("7.6");
        assertThat(of(3, 10, 20).percentile(0.9)).isEqualByComparingTo("18");
        // 1..10: median 5.5, p90 at rank 8.1 -> 9.1
        assertThat(of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10).percentile(0.5)).isEqualByComparingTo("5.5");
        assertThat(of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10).percentile(0.9)).isEqualByComparingTo("9.1");
    }

    @Test
    void countsOfTheSameDayAreRanksNotOneValue() {
        DayHistogram h = new DayHistogram();
        h.add(5, 1_000_000);
        h.add(400, 1);
        h.add(-1, 0);
        assertThat(h.count()).isEqualTo(1_000_001);
        assertThat(h.percentile(0.5)).isEqualByComparingTo("5");
        assertThat(h.percentile(0.9)).isEqualByComparingTo("5");
        assertThat(h.percentile(1.0)).isEqualByComparingTo("400");
    }

    @Test
    void theOrderOfTheRowsDoesNotMatter() {
        DayHistogram h = new DayHistogram();
        h.add(20, 1);
        h.add(3, 1);
        h.add(10, 1);
        h.add(10, 1);
        assertThat(h.percentile(0.5)).isEqualByComparingTo("10");
    }
}
