package gov.fpf.party;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A party's penalty and liquidated-damages debts that are past due on a date (EO 14411 Sec. 2(d): "payment of required
 * customs liabilities"). A debt is what was decided (else assessed) less what was paid, on a case not closed. It is past
 * due when its payment period ("Payment of the decided amount") ended more than {@code graceDays} before the date, or
 * when the case was referred for collection with money still owed. Good standing and the risk tier both read it.
 */
@Service
public class PastDueDebts {

    /**
     * The payment period of a decided amount (gov.fpf.casefile.DeadlineNames.DECISION_VALID_UNTIL, written out: the
     * case file package reads parties, so this one does not read it back).
     */
    static final String PAYMENT_PERIOD = "Payment of the decided amount";

    private final JdbcTemplate jdbc;

    PastDueDebts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param dueDate the last day of the payment period, or null for a referred case without one
     */
    public record PastDueDebt(String caseNumber, String family, BigDecimal amountOwed, LocalDate dueDate, boolean referred) {
    }

    @Transactional(readOnly = true)
    public List<PastDueDebt> of(long partyId, LocalDate on, int graceDays) {
        LocalDate lastUnpaidDay = on.minusDays(graceDays + 1L);
        return jdbc.query("""
                SELECT c.case_number, c.family, c.status,
                       COALESCE(c.decided_amount, c.assessed_amount) - COALESCE(c.paid_amount, 0) AS owed,
                       (SELECT MAX(d.due_date) FROM case_deadline d WHERE d.case_id = c.id AND d.name = ?) AS due
                  FROM case_file c
                 WHERE c.party_id = ? AND c.family IN ('PENALTY', 'LIQUIDATED_DAMAGES') AND c.status <> 'CLOSED'
                   AND COALESCE(c.decided_amount, c.assessed_amount) - COALESCE(c.paid_amount, 0) > 0
                 ORDER BY c.case_number""", (rs, i) -> {
            Date due = rs.getDate("due");
            return new PastDueDebt(rs.getString("case_number"), rs.getString("family"), rs.getBigDecimal("owed"),
                    due == null ? null : due.toLocalDate(), "REFERRED".equals(rs.getString("status")));
        }, PAYMENT_PERIOD, partyId).stream()
                .filter(d -> d.referred() || d.dueDate() != null && !d.dueDate().isAfter(lastUnpaidDay))
                .toList();
    }
}
