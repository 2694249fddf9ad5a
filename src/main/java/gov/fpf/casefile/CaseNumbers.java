package gov.fpf.casefile;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case numbers: {@code YYYY-FAM-NNNNNN}, one counter per year and family. The counter row stays locked by the
 * UPDATE until the opening transaction commits, so two nodes never hand out the same number; a rolled-back opening
 * gives its number back.
 */
@Component
class CaseNumbers {

    private final JdbcTemplate jdbc;

    CaseNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(CaseFamily family, int year) {
        for (int attempt = 0; attempt < 3; attempt++) {
            int updated = jdbc.update(
                    "UPDATE case_number_sequence SET next_value = next_value + 1 WHERE case_year = ? AND family_code = ?",
                    year, family.code());
            if (updated == 1) {
                Long taken = jdbc.queryForObject(
                        "SELECT next_value - 1 FROM case_number_sequence WHERE case_year = ? AND family_code = ?",
                        Long.class, year, family.code());
                return format(year, family, taken);
            }
            try {
                jdbc.update("INSERT INTO case_number_sequence (case_year, family_code, next_value) VALUES (?, ?, 2)",
                        year, family.code());
                return format(year, family, 1);
            } catch (DuplicateKeyException concurrentFirstCase) {
                // another transaction created this year's counter first: take the next number from it
            }
        }
        throw new IllegalStateException("Could not take a case number for " + family + " " + year);
    }

    static String format(int year, CaseFamily family, long number) {
        if (number > 999_999) {
            throw new IllegalStateException("More than 999,999 " + family + " cases in " + year);
        }
        return String.format("%04d-%s-%06d", year, family.code(), number);
    }
}
