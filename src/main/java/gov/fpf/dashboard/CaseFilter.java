package gov.fpf.dashboard;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseStatus;
import gov.fpf.system.Problems;

/**
 * Which cases a dashboard figure counts, as the query parameters of {@code /dashboard/cases}. The figure and the
 * list it links to are computed with the same predicates (see {@link DashboardService}), so the list behind a number
 * has that many cases (a petition figure counts petitions; its list shows their cases).
 *
 * @param office       one office (else all the caller's offices)
 * @param family       PENALTY, LIQUIDATED_DAMAGES, SEIZURE
 * @param status       one status
 * @param open         only cases not CLOSED
 * @param statute      the statute as stored (penalty enum name such as S1592, seizure statute, LD breach)
 * @param sol          penalty cases not closed whose statute of limitations has PASSED or runs within 6, 12 or 24
 *                     months
 * @param openedYear   cases opened in that calendar year (UTC)
 * @param storage      open seizures (not disposed of, released or summarily sold) whose 1612 storage date has been
 *                     REACHED, or is within the next SOON days
 * @param decidedSince cases with a petition decided on or after that day
 * @param outcome      ... with that outcome (MITIGATE, CANCEL, DENY)
 * @param task         cases with an open task OVERDUE or due SOON (within a week)
 * @param taskUser     ... assigned to that user ({@link #UNASSIGNED} for nobody)
 */
public record CaseFilter(String office, String family, String status, Boolean open, String statute, String sol,
                         Integer openedYear, String storage, LocalDate decidedSince, String outcome, String task,
                         String taskUser) {

    public static final String UNASSIGNED = "-";
    public static final List<String> SOL_BUCKETS = List.of("PASSED", "6", "12", "24");
    public static final int STORAGE_SOON_DAYS = 30;
    public static final int TASK_SOON_DAYS = 7;

    public static CaseFilter none() {
        return new CaseFilter(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Checks the values a person may have typed into the address bar: 400 with what is accepted. */
    public CaseFilter validated() {
        if (family != null) {
            oneOf("family", family, java.util.Arrays.stream(CaseFamily.values()).map(Enum::name).toList());
        }
        if (status != null) {
            oneOf("status", status, java.util.Arrays.stream(CaseStatus.values()).map(Enum::name).toList());
        }
        if (sol != null) {
            oneOf("sol", sol, SOL_BUCKETS);
        }
        if (storage != null) {
            oneOf("storage", storage, List.of("REACHED", "SOON"));
        }
        if (outcome != null) {
            oneOf("outcome", outcome, List.of("MITIGATE", "CANCEL", "DENY"));
        }
        if (task != null) {
            oneOf("task", task, List.of("OVERDUE", "SOON"));
        }
        if (openedYear != null && (openedYear < 1900 || openedYear > 9999)) {
            throw new Problems.InvalidInput("openedYear: a year such as 2026.");
        }
        if (office != null && !office.matches("[A-Z0-9]{2,16}")) {
            throw new Problems.InvalidInput("office: an office code such as LALB.");
        }
        return this;
    }

    private static void oneOf(String name, String value, List<String> allowed) {
        if (!allowed.contains(value)) {
            throw new Problems.InvalidInput(name + ": '" + value + "' is not one of " + allowed + ".");
        }
    }

    public CaseFilter withOffice(String o) {
        return new CaseFilter(o, family, status, open, statute, sol, openedYear, storage, decidedSince, outcome, task, taskUser);
    }

    public CaseFilter withFamily(String f) {
        return new CaseFilter(office, f, status, open, statute, sol, openedYear, storage, decidedSince, outcome, task, taskUser);
    }

    public CaseFilter withStatus(String s) {
        return new CaseFilter(office, family, s, open, statute, sol, openedYear, storage, decidedSince, outcome, task, taskUser);
    }

    public CaseFilter withOpen() {
        return new CaseFilter(office, family, status, true, statute, sol, openedYear, storage, decidedSince, outcome, task, taskUser);
    }

    public CaseFilter withStatute(String s) {
        return new CaseFilter(office, family, status, open, s, sol, openedYear, storage, decidedSince, outcome, task, taskUser);
    }

    public CaseFilter withSol(String s) {
        return new CaseFilter(office, family, status, open, statute, s, openedYear, storage, decidedSince, outcome, task, taskUser);
    }

    public CaseFilter withOpenedYear(Integer y) {
        return new CaseFilter(office, family, status, open, statute, sol, y, storage, decidedSince, outcome, task, taskUser);
    }

    public CaseFilter withStorage(String s) {
        return new CaseFilter(office, family, status, open, statute, sol, openedYear, s, decidedSince, outcome, task, taskUser);
    }

    public CaseFilter withDecided(LocalDate since, String o) {
        return new CaseFilter(office, family, status, open, statute, sol, openedYear, storage, since, o, task, taskUser);
    }

    public CaseFilter withTask(String t, String user) {
        return new CaseFilter(office, family, status, open, statute, sol, openedYear, storage, decidedSince, outcome, t, user);
    }

    /** The list page's address for these cases. */
    public String href() {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/dashboard/cases");
        params().forEach(b::queryParam);
        return b.encode().build().toUriString();
    }

    public Map<String, String> params() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "office", office);
        put(p, "family", family);
        put(p, "status", status);
        put(p, "open", open == null ? null : open.toString().toLowerCase(Locale.ROOT));
        put(p, "statute", statute);
        put(p, "sol", sol);
        put(p, "openedYear", openedYear == null ? null : openedYear.toString());
        put(p, "storage", storage);
        put(p, "decidedSince", decidedSince == null ? null : decidedSince.toString());
        put(p, "outcome", outcome);
        put(p, "task", task);
        put(p, "taskUser", taskUser);
        return p;
    }

    private static void put(Map<String, String> p, String name, String value) {
        if (value != null && !value.isBlank()) {
            p.put(name, value);
        }
    }
}
