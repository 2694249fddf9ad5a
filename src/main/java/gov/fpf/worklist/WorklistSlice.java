package gov.fpf.worklist;

import java.util.List;

/**
 * One page of the worklist; {@code hasNext} instead of a total, which would count every matching task.
 *
 * @param ranked the list is ordered by enforcement priority, then risk tier, then deadline (EO 14411 Sec. 4(b) in force)
 */
public record WorklistSlice(List<WorklistRow> rows, WorklistFilter filter, boolean hasNext, boolean ranked) {

    public int firstNumber() {
        return filter.page() * filter.size() + 1;
    }

    public int lastNumber() {
        return filter.page() * filter.size() + rows.size();
    }

    public boolean hasPrevious() {
        return filter.page() > 0;
    }

    public String previousHref() {
        return filter.href(filter.page() - 1);
    }

    public String nextHref() {
        return filter.href(filter.page() + 1);
    }
}
