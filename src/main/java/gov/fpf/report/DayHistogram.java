package gov.fpf.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

/**
 * Day differences as the database counts them (days → how many), so a median or 90th percentile over a million
 * cases needs one row per distinct number of days, never one per case. Percentiles interpolate linearly between the
 * two nearest ranks, as SQL's PERCENTILE_CONT does: the median of 10 and 20 days is 15.
 */
final class DayHistogram {

    private final TreeMap<Long, Long> counts = new TreeMap<>();
    private long total;

    void add(long days, long count) {
        if (count <= 0) {
            return;
        }
        counts.merge(days, count, Long::sum);
        total += count;
    }

    long count() {
        return total;
    }

    /** The p-th percentile (0 ≤ p ≤ 1), to one decimal; null when there is nothing to measure. */
    BigDecimal percentile(double p) {
        if (total == 0) {
            return null;
        }
        double position = p * (total - 1);
        long lowRank = (long) Math.floor(position);
        long highRank = (long) Math.ceil(position);
        long low = valueAtRank(lowRank);
        long high = valueAtRank(highRank);
        double value = low + (position - lowRank) * (high - low);
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    /** The value of the rank-th smallest entry, 0-based. */
    private long valueAtRank(long rank) {
        long seen = 0;
        for (Map.Entry<Long, Long> e : counts.entrySet()) {
            seen += e.getValue();
            if (rank < seen) {
                return e.getKey();
            }
        }
        return counts.lastKey();
    }

    EnforcementReport.DayStats stats() {
        return new EnforcementReport.DayStats(total, percentile(0.5), percentile(0.9));
    }
}
