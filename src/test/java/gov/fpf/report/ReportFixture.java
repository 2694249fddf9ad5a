package gov.fpf.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows with known figures written straight into the tables of one office in one past year, so the report's SQL can
 * be checked to the cent on H2 and on MariaDB (the same rows, the same expectations): the medians and 90th
 * percentiles, the statute COALESCE over the three family tables, the 1612 summary sale counted as a sale, a release
 * as a return, ASSENT as abandonment, a case opened the year before, a limitation that ran on an open case.
 * Idempotent: an office that already has cases is left as it is.
 */
public final class ReportFixture {

    private final JdbcTemplate jdbc;
    private final String office;
    private final int year;

    public ReportFixture(JdbcTemplate jdbc, String office, int year) {
        this.jdbc = jdbc;
        this.office = office;
        this.year = year;
    }

    private LocalDate d(int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private LocalDateTime t(int month, int day) {
        return d(month, day).atTime(10, 30);
    }

    /** Writes the rows (the office row must exist). */
    public void insert() {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM case_file WHERE office_code = ?", Long.class, office) > 0) {
            return;
        }
        jdbc.update("INSERT INTO party (name, kind, ior_class, ior_class_reason, good_standing, created_at, created_by,"
                + " version) VALUES (?, 'ENTITY', 'US', 'fixture', TRUE, ?, 'fixture', 0)", "Secret Fixture Party " + office, t(1, 2));
        long party = jdbc.queryForObject("SELECT MAX(id) FROM party WHERE name = ?", Long.class, "Secret Fixture Party " + office);

        // penalties: mitigated and paid; denied; mitigated below the floor on an approved exception; closed by the
        // statute of limitations; opened the year before and its limitation ran in the year while it was open
        long pen1 = caseFile("PEN", 1, "PENALTY", "CLOSED", t(3, 1), t(6, 1), party, "10000", "6000", "6000");
        penalty(pen1, "S1592", d(1, 1).plusYears(4));
        petition(pen1, d(4, 1), t(4, 11), "MITIGATE", "6000", false);
        jdbc.update("INSERT INTO payment (case_id, amount, paid_date, paid_by, recorded_at, recorded_by)"
                + " VALUES (?, 6000.00, ?, 'PETITIONER', ?, 'fixture')", pen1, d(6, 1), t(6, 1));
        long pen2 = caseFile("PEN", 2, "PENALTY", "DECIDED", t(3, 2), null, party, "20000", "20000", null);
        penalty(pen2, "S1592", d(1, 1).plusYears(4));
        petition(pen2, d(5, 1), t(5, 21), "DENY", "20000", false);
        long pen3 = caseFile("PEN", 3, "PENALTY", "DECIDED", t(4, 1), null, party, "8000", "3000", null);
        penalty(pen3, "S1641", d(1, 1).plusYears(4));
        petition(pen3, d(6, 1), t(6, 4), "MITIGATE", "3000", true);
        long pen4 = caseFile("PEN", 4, "PENALTY", "CLOSED", t(1, 5), t(1, 5), party, null, null, null);
        penalty(pen4, "S1592", d(1, 1).minusYears(1));
        jdbc.update("INSERT INTO audit_event (occurred_at, actor, entity_type, entity_id, case_number, event, detail)"
                + " VALUES (?, 'system', 'CASE', ?, ?, 'SOL_EXPIRED', 'fixture')", t(1, 5), number(year, "PEN", 4),
                number(year, "PEN", 4));
        long pen5 = caseFile("PEN", 5, "PENALTY", "AWAITING_RESPONSE", t(1, 5).minusYears(1).withMonth(12), null, party,
                "1000", null, null);
        penalty(pen5, "S1592", d(8, 1));

        // liquidated damages: one claim, open
        jdbc.update("INSERT INTO bond (bond_number, principal_party_id, surety_name, bond_type, activity, amount,"
                + " effective_date, foreign_continuous_permitted, created_at, created_by, version)"
                + " VALUES (?, ?, 'Fixture Surety', 'CONTINUOUS', 'IMPORTATION_AND_ENTRY', 100000.00, ?, FALSE, ?, 'fixture', 0)",
                "FX-" + office, party, d(1, 1), t(1, 2));
        long bond = jdbc.queryForObject("SELECT id FROM bond WHERE bond_number = ?", Long.class, "FX-" + office);
        long ld1 = caseFile("LQD", 1, "LIQUIDATED_DAMAGES", "AWAITING_RESPONSE", t(7, 1), null, party, "5000", null, null);
        jdbc.update("INSERT INTO ld_claim (case_id, bond_id, breach, breach_date, liability_accrued_date, restricted,"
                + " days_late, defaults_count, first_violation, computed_amount, claim_amount, exceeds_coverage,"
                + " guideline_unverified, charge_status, breach_key, version)"
                + " VALUES (?, ?, 'LATE_ISF', ?, ?, FALSE, 0, 1, TRUE, 5000.00, 5000.00, FALSE, FALSE, 'OPEN', ?, 0)",
                ld1, bond, d(6, 20), d(6, 20), "fixture-" + office);

        // seizures: five disposed of 1, 2, 3, 4 and 10 days after seizure (one a 1612 summary sale), one released
        String[][] seizures = {
                {"DESTRUCTION", null, null, "ASSENT", "1"},
                {null, "SALE", "500", "DECLARED", "2"},
                {"THIRD_PARTY_DISPOSAL", null, null, "ASSENT", "3"},
                {"DESTRUCTION", null, null, "DECLARED", "4"},
                {"SALE", null, "1000", "JUDICIAL", "10"}};
        for (int i = 0; i < seizures.length; i++) {
            String[] s = seizures[i];
            LocalDate seized = d(2, 1 + i);
            LocalDate disposed = seized.plusDays(Long.parseLong(s[4]));
            long id = caseFile("SEZ", i + 1, "SEIZURE", "CLOSED", seized.atTime(9, 0), disposed.atTime(16, 0), party,
                    "1000", null, null);
            seizure(id, seized, s[3], seized.plusDays(1), s[0], s[1], s[2], disposed, null);
        }
        LocalDate seized = d(3, 1);
        long released = caseFile("SEZ", 6, "SEIZURE", "CLOSED", seized.atTime(9, 0), t(3, 15), party, "1000", null, null);
        seizure(released, seized, null, null, null, null, null, null, d(3, 15));
    }

    /** Case numbers of the fixture: 9, three digits of the office, two of the case (never one the service issues). */
    private String number(int openedYear, String family, int n) {
        return String.format("%d-%s-9%03d%02d", openedYear, family, Math.abs(office.hashCode()) % 1000, n);
    }

    private long caseFile(String family, int n, String familyName, String status, LocalDateTime opened,
                          LocalDateTime closed, long party, String assessed, String decided, String paid) {
        String number = number(opened.getYear(), family, n);
        jdbc.update("INSERT INTO case_file (case_number, family, status, office_code, party_id, assessed_amount,"
                        + " decided_amount, paid_amount, demo, opened_at, opened_by, closed_at, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, 'fixture', ?, 0)",
                number, familyName, status, office, party, money(assessed),
                money(decided), money(paid), opened, closed);
        return jdbc.queryForObject("SELECT id FROM case_file WHERE case_number = ?", Long.class, number);
    }

    private static BigDecimal money(String amount) {
        return amount == null ? null : new BigDecimal(amount).setScale(2);
    }

    private void penalty(long caseId, String statute, LocalDate sol) {
        jdbc.update("INSERT INTO penalty_case (case_id, statute, violation_date, discovery_date, commercial,"
                + " prior_disclosure, sol_date) VALUES (?, ?, ?, ?, TRUE, FALSE, ?)", caseId, statute,
                sol.minusYears(5), sol.minusYears(5).plusDays(10), sol);
    }

    private void petition(long caseId, LocalDate received, LocalDateTime decided, String outcome, String amount,
                          boolean exception) {
        jdbc.update("INSERT INTO petition (case_id, filed_date, received_date, supplemental, filed_by, grounds, timely,"
                        + " status, outcome, proposed_amount, proposed_by, national_security_exception,"
                        + " exception_justification, exception_approved_by, decided_amount, decided_at, created_at,"
                        + " created_by, version) VALUES (?, ?, ?, FALSE, 'PETITIONER', 'fixture', TRUE, 'DECIDED', ?, ?,"
                        + " 'officer', ?, ?, ?, ?, ?, ?, 'fixture', 0)",
                caseId, received, received, outcome, money(amount), exception, exception ? "fixture" : null,
                exception ? "supervisor" : null, money(amount), decided, received.atTime(9, 0));
    }

    private void seizure(long caseId, LocalDate seized, String basis, LocalDate forfeited, String method,
                         String summaryAction, String proceeds, LocalDate disposed, LocalDate released) {
        jdbc.update("INSERT INTO seizure_case (case_id, statute, seizure_date, appraised_value, perishable, prohibited,"
                        + " counterfeit, drug_conveyance, monetary_instrument, hazardous, high_risk, owner_consent,"
                        + " forfeiture_date, forfeiture_basis, disposition_method, summary_action, gross_proceeds,"
                        + " disposition_date, released_date, version)"
                        + " VALUES (?, '1526(e)', ?, 1000.00, FALSE, FALSE, TRUE, FALSE, FALSE, FALSE, TRUE, FALSE,"
                        + " ?, ?, ?, ?, ?, ?, ?, 0)",
                caseId, seized, forfeited, basis, method, summaryAction, money(proceeds), disposed, released);
    }

    /** The office's figures in the report of the fixture's year, as JSON. */
    public void assertFigures(JsonNode r) {
        assertThat(r.get("year").asInt()).isEqualTo(year);
        assertThat(r.at("/casesOpened/byOffice/" + office).asLong()).isEqualTo(11);
        assertThat(cell(r.at("/casesOpened/cells"), "PENALTY", "1592")).isEqualTo(3);
        assertThat(cell(r.at("/casesOpened/cells"), "PENALTY", "1641")).isEqualTo(1);
        assertThat(cell(r.at("/casesOpened/cells"), "LIQUIDATED_DAMAGES", "LATE_ISF")).isEqualTo(1);
        assertThat(cell(r.at("/casesOpened/cells"), "SEIZURE", "1526(e)")).isEqualTo(6);
        assertThat(r.at("/casesClosed/byOffice/" + office).asLong()).isEqualTo(8);

        JsonNode claims = r.at("/amounts/monetaryClaimsByOffice/" + office);
        assertThat(claims.get("cases").asLong()).isEqualTo(5);
        assertThat(claims.get("assessed").decimalValue()).isEqualByComparingTo("43000");
        assertThat(claims.get("decided").decimalValue()).isEqualByComparingTo("29000");
        assertThat(claims.get("collected").decimalValue()).isEqualByComparingTo("6000");
        assertThat(r.at("/collectedInYear/byOffice/" + office).decimalValue()).isEqualByComparingTo("6000");

        JsonNode m = r.at("/mitigation/byOffice/" + office);
        assertThat(m.get("decided").asLong()).isEqualTo(3);
        assertThat(m.get("mitigated").asLong()).isEqualTo(2);
        assertThat(m.get("denied").asLong()).isEqualTo(1);
        assertThat(m.get("cancelled").asLong()).isZero();
        assertThat(m.get("mitigationRate").decimalValue()).isEqualByComparingTo("0.6667");
        assertThat(m.get("assessed").decimalValue()).isEqualByComparingTo("38000");
        assertThat(m.get("decidedAmount").decimalValue()).isEqualByComparingTo("29000");
        assertThat(r.at("/nationalSecurityExceptions/byOffice/" + office).asLong()).isEqualTo(1);

        assertThat(r.at("/seizures/seizedByOffice/" + office).asLong()).isEqualTo(6);
        JsonNode disposed = r.at("/seizures/dispositionsByOffice/" + office);
        assertThat(disposed.get("DESTRUCTION").asLong()).isEqualTo(2);
        assertThat(disposed.get("SALE").asLong()).isEqualTo(2);
        assertThat(disposed.get("THIRD_PARTY_DISPOSAL").asLong()).isEqualTo(1);
        assertThat(disposed.get("RETURN").asLong()).isEqualTo(1);
        assertThat(disposed.get("DONATION").asLong()).isZero();
        JsonNode forfeited = r.at("/seizures/forfeituresByOffice/" + office);
        assertThat(forfeited.get("ABANDONMENT").asLong()).isEqualTo(2);
        assertThat(forfeited.get("DECLARED").asLong()).isEqualTo(2);
        assertThat(forfeited.get("JUDICIAL").asLong()).isEqualTo(1);

        JsonNode seizureDays = r.at("/durations/seizureToDisposalByOffice/" + office);
        assertThat(seizureDays.get("count").asLong()).isEqualTo(5);
        assertThat(seizureDays.get("median").decimalValue()).isEqualByComparingTo("3.0");
        assertThat(seizureDays.get("p90").decimalValue()).isEqualByComparingTo("7.6");
        JsonNode petitionDays = r.at("/durations/petitionToDecisionByOffice/" + office);
        assertThat(petitionDays.get("count").asLong()).isEqualTo(3);
        assertThat(petitionDays.get("median").decimalValue()).isEqualByComparingTo("10.0");
        assertThat(petitionDays.get("p90").decimalValue()).isEqualByComparingTo("18.0");

        assertThat(r.at("/statuteOfLimitations/closedByOffice/" + office).asLong()).isEqualTo(1);
        assertThat(r.at("/statuteOfLimitations/lapsedWhileOpenByOffice/" + office).asLong()).isEqualTo(1);
        assertThat(r.at("/statuteOfLimitations/target").asLong()).isZero();
    }

    private long cell(JsonNode cells, String family, String statute) {
        long n = 0;
        for (JsonNode c : cells) {
            if (office.equals(c.get("office").asText()) && family.equals(c.get("family").asText())
                    && statute.equals(c.get("statute").asText())) {
                n += c.get("count").asLong();
            }
        }
        return n;
    }
}
