package gov.fpf.worklist;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;

/** Lets the worklist benchmark run the read model's page query without HTTP or a logged-in user. */
@Component
public class WorklistBenchmarkAccess {

    private final WorklistQuery query;
    private final WorklistRebuild rebuild;

    WorklistBenchmarkAccess(WorklistQuery query, WorklistRebuild rebuild) {
        this.query = query;
        this.rebuild = rebuild;
    }

    /** The page's rows (plus one, as the service asks for) for a caller of these groups and offices. */
    public List<WorklistRow> page(String userId, Collection<String> groups, Collection<String> offices, WorklistFilter filter,
                                  LocalDate today) {
        return query.page(new WorklistQuery.Caller(userId, groups, offices), filter, today);
    }

    /** The same, ranked by EO 14411 Sec. 4(b) or by deadline alone, whatever the rule on {@code today}. */
    public List<WorklistRow> page(String userId, Collection<String> groups, Collection<String> offices, WorklistFilter filter,
                                  LocalDate today, boolean ranked) {
        return query.page(new WorklistQuery.Caller(userId, groups, offices), filter, today, ranked);
    }

    public int rebuild() {
        return rebuild.rebuild();
    }
}
