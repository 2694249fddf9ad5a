package gov.fpf.worklist;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.EnforcementPriority;
import gov.fpf.party.RiskTier;

/**
 * Reads the worklist read model. The list is a union of small ordered reads, one per (candidate group, office) of the
 * caller and one for the tasks assigned to the caller, each answered from one index alone (a range in deadline order,
 * read only as far as the requested page goes). The union's task ids are de-duplicated, sorted and cut to the page
 * before any task row is read, so only the page's rows are fetched.
 */
@Repository
class WorklistQuery {

    private static final String COLUMNS = "e.task_id, e.case_number, e.family, e.office_code, e.party_name,"
            + " e.amount_at_stake, e.task_definition_key, e.task_name, e.assignee, e.task_due_at, e.due_date, e.due_name,"
            + " e.case_status, e.demo, e.created_at, e.priority, e.party_id, e.party_good_standing, e.party_risk_tier";

    private final JdbcTemplate jdbc;
    private final WorklistRanks ranks;

    WorklistQuery(JdbcTemplate jdbc, WorklistRanks ranks) {
        this.jdbc = jdbc;
        this.ranks = ranks;
    }

    /** Who is asking: their user id, groups and the offices they may see. */
    record Caller(String userId, Collection<String> groups, Collection<String> offices) {
    }

    /**
     * The filter's page plus one more row (so the caller knows whether a next page exists); ranked (priority cases,
     * then HIGH risk-tier parties' cases, then the rest) while EO 14411 Sec. 4(b) is in force on {@code today}.
     */
    List<WorklistRow> page(Caller caller, WorklistFilter filter, LocalDate today) {
        return page(caller, filter, today, ranks.ranked(today));
    }

    /**
     * The page, ordered by rank then deadline ({@code ranked}) or by deadline alone. Each branch reads one range of one
     * index in that order: (group, office, rank, deadline) or (group, office, deadline), and the same for "mine".
     */
    List<WorklistRow> page(Caller caller, WorklistFilter filter, LocalDate today, boolean ranked) {
        if (caller.offices().isEmpty()) {
            return List.of();
        }
        int reach = (filter.page() + 1) * filter.size() + 1;
        List<String> branches = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (filter.includesGroups()) {
            for (String group : caller.groups()) {
                for (String office : caller.offices()) {
                    StringBuilder branch = new StringBuilder("(SELECT g.task_id, " + rank("g", ranked)
                            + ", g.due_sort FROM worklist_entry_group g WHERE g.group_id = ? AND g.office_code = ?");
                    args.add(group);
                    args.add(office);
                    narrow(branch, args, "g", filter, today);
                    branch.append(" ORDER BY ").append(ranked ? "g.sort_rank, " : "").append("g.due_sort, g.task_id LIMIT ?)");
                    args.add(reach);
                    branches.add(branch.toString());
                }
            }
        }
        if (filter.includesMine()) {
            StringBuilder branch = new StringBuilder("(SELECT m.task_id, " + rank("m", ranked)
                    + ", m.due_sort FROM worklist_entry m"
                    + " WHERE m.assignee = ? AND m.office_code IN (" + placeholders(caller.offices().size()) + ")");
            args.add(caller.userId());
            args.addAll(caller.offices());
            narrow(branch, args, "m", filter, today);
            branch.append(" ORDER BY ").append(ranked ? "m.sort_rank, " : "").append("m.due_sort, m.task_id LIMIT ?)");
            args.add(reach);
            branches.add(branch.toString());
        }
        if (branches.isEmpty()) {
            return List.of();
        }
        // a task offered to two of the caller's groups, or also assigned to the caller, comes once
        // (a task's rank is the same in every branch; unranked, every branch reads 2, so one order serves both)
        String sql = "SELECT " + COLUMNS + " FROM worklist_entry e JOIN ("
                + "SELECT u.task_id, MIN(u.sort_rank) AS sort_rank, MIN(u.due_sort) AS due_sort FROM ("
                + String.join(" UNION ALL ", branches) + ") u"
                + " GROUP BY u.task_id ORDER BY sort_rank, due_sort, task_id LIMIT ? OFFSET ?"
                + ") p ON p.task_id = e.task_id ORDER BY p.sort_rank, p.due_sort, p.task_id";
        args.add(filter.size() + 1);
        args.add(filter.page() * filter.size());
        return jdbc.query(sql, (rs, i) -> row(rs, caller.userId(), today), args.toArray());
    }

    /** One task's row, if it is in one of the caller's offices. */
    Optional<WorklistRow> row(String taskId, Caller caller, LocalDate today) {
        return jdbc.query("SELECT " + COLUMNS + " FROM worklist_entry e WHERE e.task_id = ?",
                        (rs, i) -> row(rs, caller.userId(), today), taskId).stream()
                .filter(r -> r.officeCode() != null && caller.offices().contains(r.officeCode()))
                .findFirst();
    }

    /** The filters every branch applies to its own columns, so each stays one index range. */
    private static void narrow(StringBuilder sql, List<Object> args, String alias, WorklistFilter filter, LocalDate today) {
        if (filter.family() != null) {
            sql.append(" AND ").append(alias).append(".family = ?");
            args.add(filter.family().name());
        }
        if (filter.dueWithin7Days() && filter.overdue()) {
            sql.append(" AND ").append(alias).append(".due_sort <= ?");
            args.add(Date.valueOf(today.plusDays(7)));
        } else if (filter.overdue()) {
            sql.append(" AND ").append(alias).append(".due_sort < ?");
            args.add(Date.valueOf(today));
        } else if (filter.dueWithin7Days()) {
            sql.append(" AND ").append(alias).append(".due_sort >= ? AND ").append(alias).append(".due_sort <= ?");
            args.add(Date.valueOf(today));
            args.add(Date.valueOf(today.plusDays(7)));
        }
    }

    /** The rank a branch reports: the row's own while ranked, else the same for every row. */
    private static String rank(String alias, boolean ranked) {
        return ranked ? alias + ".sort_rank" : WorklistRanks.OTHER + " AS sort_rank";
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static WorklistRow row(ResultSet rs, String userId, LocalDate today) throws SQLException {
        Date due = rs.getDate("due_date");
        LocalDate dueDate = due == null ? null : due.toLocalDate();
        Timestamp taskDue = rs.getTimestamp("task_due_at");
        Timestamp created = rs.getTimestamp("created_at");
        String family = rs.getString("family");
        String assignee = rs.getString("assignee");
        return new WorklistRow(rs.getString("task_id"), rs.getString("case_number"),
                family == null ? null : CaseFamily.valueOf(family), rs.getString("office_code"),
                rs.getString("party_name"), rs.getBigDecimal("amount_at_stake"), rs.getString("task_definition_key"),
                rs.getString("task_name"), assignee, taskDue == null ? null : taskDue.toInstant(), dueDate,
                rs.getString("due_name"), dueDate == null ? null : ChronoUnit.DAYS.between(today, dueDate),
                rs.getString("case_status"), rs.getBoolean("demo"), created == null ? null : created.toInstant(),
                userId.equals(assignee), enumOrNull(EnforcementPriority.class, rs.getString("priority")),
                rs.getObject("party_id") == null ? null : rs.getLong("party_id"),
                rs.getObject("party_good_standing") == null ? null : rs.getBoolean("party_good_standing"),
                enumOrNull(RiskTier.class, rs.getString("party_risk_tier")));
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
