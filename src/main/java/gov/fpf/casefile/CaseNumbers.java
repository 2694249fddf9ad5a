package gov.fpf.casefile;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case numbers: {@code YYYY-FAM-NNNNNN}, one counter per year and family. The counter row stays locked by the
 * UPDATE until the opening transaction commits, so two nodes never hand out the same number; a rolled-back opening
 * gives its number back. The year's counter row is created in its own short transaction first: two openings that both
 * tried to create it inside their own transactions would deadlock on InnoDB (seen on MariaDB).
 */
@Component
class CaseNumbers {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separateTransaction;

    CaseNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.separateTransaction = new TransactionTemplate(transactionManager);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(CaseFamily family, int year) {
        String increment = "UPDATE case_number_sequence SET next_value = next_value + 1 WHERE case_year = ? AND family_code = ?";
        if (jdbc.update(increment, year, family.code()) == 0) {
            ensureCounter(family, year);
            jdbc.update(increment, year, family.code());
        }
        Long taken = jdbc.queryForObject(
                "SELECT next_value - 1 FROM case_number_sequence WHERE case_year = ? AND family_code = ?",
                Long.class, year, family.code());
        return format(year, family, taken);
    }

    private void ensureCounter(CaseFamily family, int year) {
        Long exists = jdbc.queryForObject(
                "SELECT COUNT(*) FROM case_number_sequence WHERE case_year = ? AND family_code = ?", Long.class,
                year, family.code());
        if (exists != null && exists > 0) {
            return;
        }
        try {
            separateTransaction.executeWithoutResult(status -> jdbc.update(
                    "INSERT INTO case_number_sequence (case_year, family_code, next_value) VALUES (?, ?, 1)",
                    year, family.code()));
        } catch (DuplicateKeyException createdByAnotherOpening) {
            // another opening created this year's counter first: use it
        }
    }

    static String format(int year, CaseFamily family, long number) {
        if (number > 999_999) {
            throw new IllegalStateException("More than 999,999 " + family + " cases in " + year);
        }
        return String.format("%04d-%s-%06d", year, family.code(), number);
    }
}
