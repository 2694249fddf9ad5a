package gov.fpf.casefile;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as GET /api/v1/cases/{caseNumber} returns it.
 *
 * @param priority the enforcement priority set at intake (EO 14411 Sec. 4(b)); null when none
 */
public record CaseView(String caseNumber, CaseFamily family, CaseStatus status, String officeCode, Long partyId,
                       boolean demo, Instant openedAt, Instant closedAt, long version, EnforcementPriority priority,
                       Amounts amounts,
                       List<Deadline> deadlines, List<Computation> computation, List<TimelineEntry> timeline,
                       List<Task> openTasks, List<NoticeLink> notices) {

    public record NoticeLink(long id, String kind, String title, LocalDate mailingDate, String href) {
    }

    public record Amounts(BigDecimal maximum, BigDecimal assessed, BigDecimal floor, BigDecimal decided, BigDecimal paid) {
    }

    public record Deadline(String name, LocalDate dueDate, LocalDate triggerDate, String citation, String status) {
    }

    public record Computation(String step, String value, String rule, String citation, String parameter) {
    }

    public record TimelineEntry(Instant at, String actor, String event, String detail, String reason) {
    }

    public record Task(String id, String taskDefinitionKey, String name, String assignee) {
    }
}
