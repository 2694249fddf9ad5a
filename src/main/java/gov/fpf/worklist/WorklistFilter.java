package gov.fpf.worklist;

import java.util.Locale;

import org.springframework.web.util.UriComponentsBuilder;

import gov.fpf.casefile.CaseFamily;
import gov.fpf.system.Problems;

/**
 * What part of the worklist to show. {@code mine}: tasks assigned to the caller; {@code group}: tasks offered to one of
 * the caller's groups (claimed or not). Neither or both: the two together. {@code dueWithin7Days}: the deadline is
 * today or in the next seven days; {@code overdue}: it has passed; both: either. Pages count from 0.
 */
public record WorklistFilter(boolean mine, boolean group, boolean dueWithin7Days, boolean overdue, CaseFamily family,
                             int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** what GET /api/v1/tasks returned before it had pages, and still returns without page or size */
    static final int UNPAGED_SIZE = 1000;

    public static WorklistFilter firstPage() {
        return new WorklistFilter(false, false, false, false, null, 0, DEFAULT_SIZE);
    }

    /** From API parameters: wrong values are refused. No page and no size: everything, up to 1000 tasks. */
    static WorklistFilter fromApi(Boolean mine, Boolean group, Boolean dueWithin7Days, Boolean overdue, String family,
                                  Integer page, Integer size) {
        if (page != null && page < 0) {
            throw new Problems.InvalidInput("page: pages count from 0.");
        }
        if (size != null && (size < 1 || size > MAX_SIZE)) {
            throw new Problems.InvalidInput("size: a page has 1 to " + MAX_SIZE + " tasks.");
        }
        boolean unpaged = page == null && size == null;
        return new WorklistFilter(isTrue(mine), isTrue(group), isTrue(dueWithin7Days), isTrue(overdue), family(family, true),
                page == null ? 0 : page, unpaged ? UNPAGED_SIZE : size == null ? DEFAULT_SIZE : size);
    }

    /** From the page's form and links: values a person cannot have chosen fall back to the defaults. */
    static WorklistFilter fromPage(Boolean mine, Boolean group, Boolean dueWithin7Days, Boolean overdue, String family,
                                   Integer page, Integer size) {
        return new WorklistFilter(isTrue(mine), isTrue(group), isTrue(dueWithin7Days), isTrue(overdue), family(family, false),
                page == null || page < 0 ? 0 : page,
                size == null || size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE));
    }

    /** whether the tasks assigned to the caller are part of the list */
    boolean includesMine() {
        return mine || !group;
    }

    /** whether the tasks offered to the caller's groups are part of the list */
    boolean includesGroups() {
        return group || !mine;
    }

    /** The page's address with these filters at another page (defaults left out). */
    public String href(int otherPage) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/");
        if (mine) {
            uri.queryParam("mine", true);
        }
        if (group) {
            uri.queryParam("group", true);
        }
        if (dueWithin7Days) {
            uri.queryParam("dueWithin7Days", true);
        }
        if (overdue) {
            uri.queryParam("overdue", true);
        }
        if (family != null) {
            uri.queryParam("family", family.name());
        }
        if (size != DEFAULT_SIZE) {
            uri.queryParam("size", size);
        }
        if (otherPage > 0) {
            uri.queryParam("page", otherPage);
        }
        return uri.build().toUriString();
    }

    private static boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    private static CaseFamily family(String value, boolean strict) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return CaseFamily.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            if (strict) {
                throw new Problems.InvalidInput("family: '" + value + "' is not one of PENALTY, LIQUIDATED_DAMAGES,"
                        + " SEIZURE.");
            }
            return null;
        }
    }
}
