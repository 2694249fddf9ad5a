package gov.fpf.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Disclosure control for published counts (EO 14411 Sec. 6: the report must be "consistent with ... national security,
 * and any other applicable limit on the disclosure of sensitive information"). One instance per report, with the
 * minimum cell in force ({@code report.disclosure.minimum-cell}, V31; not EO-gated). A suppressed count is published as
 * null (the page says "fewer than N", the CSV writes {@code <N}).
 * <ul>
 * <li><b>Primary suppression</b> ({@link #count}): a count from 1 to N-1 is suppressed. Zero is published (it describes
 * no one), except for national-security exceptions ({@link #strictCount}): no count below N is published there, zero
 * included, so a reader cannot tell "none" from "a few".</li>
 * <li><b>Complementary suppression</b> ({@link #line}): within one breakdown whose total is published, the suppressed
 * cells together must reach N, or the total minus the published cells would give them back. The smallest published
 * cells join the suppressed ones until they do, and until at least two are hidden (one hidden cell is the total
 * minus the others, however large).</li>
 * <li><b>Forced cells</b>: a cell that must not be shown whatever its count (e.g. one holding the cases of a party with a
 * live confidentiality grant) is suppressed like a small one, with complementary suppression around it.</li>
 * </ul>
 * Other report sections (tiers, priorities) apply the same methods to their own counts.
 */
public final class DisclosureControl {

    private final long minimum;
    private int suppressed;
    private int confidential;

    public DisclosureControl(long minimum) {
        if (minimum < 1) {
            throw new IllegalArgumentException("report.disclosure.minimum-cell must be at least 1, not " + minimum);
        }
        this.minimum = minimum;
    }

    public long minimum() {
        return minimum;
    }

    /** what was suppressed, for the report's own account of it */
    public EnforcementReport.Disclosure summary() {
        return new EnforcementReport.Disclosure(minimum, suppressed, confidential);
    }

    /** a count as published: null when it is from 1 to minimum - 1 */
    public Long count(long value) {
        if (value > 0 && value < minimum) {
            suppressed++;
            return null;
        }
        return value;
    }

    /** a count as published where even zero may not be shown below the minimum (national-security exceptions) */
    public Long strictCount(long value) {
        if (value < minimum) {
            suppressed++;
            return null;
        }
        return value;
    }

    /**
     * One breakdown as published: small cells suppressed, then enough further cells that the suppressed ones cannot be
     * worked back from the published total.
     *
     * @param totalPublished whether the breakdown's total is published (if not, no complementary suppression is needed)
     * @param strict         national-security rule: zero counts below the minimum are suppressed too
     * @param forced         keys to suppress whatever their count (confidential cells)
     */
    public <K> Map<K, Long> line(Map<K, Long> cells, boolean totalPublished, boolean strict, Set<K> forced) {
        Set<K> hidden = new LinkedHashSet<>();
        for (Map.Entry<K, Long> e : cells.entrySet()) {
            long v = e.getValue() == null ? 0 : e.getValue();
            if (forced.contains(e.getKey())) {
                hidden.add(e.getKey());
                confidential++;
            } else if (v < minimum && (v > 0 || strict)) {
                hidden.add(e.getKey());
            }
        }
        if (totalPublished && !hidden.isEmpty()) {
            List<Map.Entry<K, Long>> candidates = new ArrayList<>(cells.entrySet().stream()
                    .filter(e -> !hidden.contains(e.getKey()) && (strict || value(e) > 0)).toList());
            candidates.sort(Comparator.comparingLong(DisclosureControl::value));
            int next = 0;
            while ((sum(cells, hidden) < minimum || hidden.size() < 2) && next < candidates.size()) {
                hidden.add(candidates.get(next++).getKey());
            }
        }
        Map<K, Long> published = new LinkedHashMap<>();
        cells.forEach((k, v) -> published.put(k, hidden.contains(k) ? null : v));
        suppressed += (int) hidden.stream().filter(k -> !forced.contains(k)).count();
        return published;
    }

    public <K> Map<K, Long> line(Map<K, Long> cells, boolean totalPublished) {
        return line(cells, totalPublished, false, Set.of());
    }

    /** a two-level breakdown (office → method): each inner line against its own row total, which is not published */
    public Map<String, Map<String, Long>> nested(Map<String, Map<String, Long>> rows) {
        Map<String, Map<String, Long>> published = new LinkedHashMap<>();
        rows.forEach((k, row) -> published.put(k, line(row, false)));
        return published;
    }

    /**
     * Rows of a list (e.g. family × statute × office cells) grouped by {@code group}, each group a line against its
     * group total; {@code forced} rows are hidden whatever their count.
     */
    public <R, G> Map<R, Long> grouped(Collection<R> rows, Function<R, G> group, Function<R, Long> count,
                                       Map<G, Boolean> groupTotalPublished, Set<R> forced) {
        Map<G, Map<R, Long>> byGroup = new LinkedHashMap<>();
        rows.forEach(r -> byGroup.computeIfAbsent(group.apply(r), g -> new LinkedHashMap<>()).put(r, count.apply(r)));
        Map<R, Long> published = new LinkedHashMap<>();
        byGroup.forEach((g, line) -> published.putAll(line(line, groupTotalPublished.getOrDefault(g, true), false,
                forced)));
        return published;
    }

    private static <K> long value(Map.Entry<K, Long> e) {
        return e.getValue() == null ? 0 : e.getValue();
    }

    private static <K> long sum(Map<K, Long> cells, Set<K> keys) {
        return keys.stream().mapToLong(k -> cells.get(k) == null ? 0 : cells.get(k)).sum();
    }
}
