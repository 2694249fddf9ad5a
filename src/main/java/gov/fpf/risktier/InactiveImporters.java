package gov.fpf.risktier;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.rules.EoRule;
import gov.fpf.rules.EoRuleSource;
import gov.fpf.rules.EoRules;
import gov.fpf.rules.LegalParameters;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.ParameterValue;
import gov.fpf.system.BusinessDay;

/**
 * Importers of record listed for removal from the registry (EO 14411 Sec. 2(e): "removing inactive IORs"): no activity
 * for {@code ior.inactive.after} days. Activity is the party's registration (a party recorded but never active yet is
 * not listed before the period has run since), a case opened against it (penalty, liquidated damages or seizure; its
 * headquarters date), a finding on its record (its finding date) and an audit result (its audit date). Vetting is not
 * read: no vetting record exists in this branch (the recurrent-vetting area adds it). The list is a proposal for a
 * person to act on; nothing is removed here.
 */
@Component
public class InactiveImporters {

    private final JdbcTemplate jdbc;
    private final LegalParameters parameters;
    private final EoRules eoRules;
    private final java.time.Clock clock;

    InactiveImporters(JdbcTemplate jdbc, LegalParameters parameters, EoRules eoRules, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.parameters = parameters;
        this.eoRules = eoRules;
        this.clock = clock;
    }

    /** @param lastActivityKind REGISTERED, CASE_OPENED, FINDING or AUDIT */
    public record Inactive(long partyId, String name, LocalDate lastActivity, String lastActivityKind, long daysInactive,
                           String riskTier) {
    }

    /**
     * @param inForce    false before RISK_TIERS is in force: nothing is listed (today's registry rules)
     * @param listedFrom an IOR whose last activity is on or before this day is listed
     */
    public record Listing(LocalDate on, boolean inForce, Integer afterDays, LocalDate listedFrom, String parameterRef,
                          String citation, List<Inactive> parties) {
    }

    /** Today's listing under the legal parameters and the register. */
    @Transactional(readOnly = true)
    public Listing list() {
        return list(BusinessDay.today(clock), parameters, eoRules);
    }

    /** The listing on a date under the given parameters and rules (a proposed change, or a test's own register). */
    @Transactional(readOnly = true)
    public Listing list(LocalDate today, gov.fpf.rules.ParameterSource parameters, EoRuleSource eoRules) {
        Optional<EoRuleSource.InForce> rule = eoRules.inForce(EoRule.RISK_TIERS, today);
        if (rule.isEmpty()) {
            return new Listing(today, false, null, null, null, EoRule.RISK_TIERS.citation(), List.of());
        }
        ParameterValue after = parameters.valueOn(ParameterNames.IOR_INACTIVE_AFTER, today);
        LocalDate listedFrom = today.minusDays(after.asInt());
        List<Inactive> found = new ArrayList<>();
        jdbc.query("""
                SELECT p.id, p.name, p.created_at, p.risk_tier,
                       (SELECT MAX(c.opened_at) FROM case_file c WHERE c.party_id = p.id) AS last_case,
                       (SELECT MAX(v.finding_date) FROM violation_record v WHERE v.party_id = p.id) AS last_finding,
                       (SELECT MAX(a.audit_date) FROM party_audit_result a WHERE a.party_id = p.id) AS last_audit
                  FROM party p
                 WHERE EXISTS (SELECT 1 FROM party_role r WHERE r.party_id = p.id AND r.role = 'IMPORTER_OF_RECORD')
                 ORDER BY p.id""", rs -> {
            LocalDate last = day(rs.getTimestamp("created_at"));
            String kind = "REGISTERED";
            LocalDate c = day(rs.getTimestamp("last_case"));
            if (c != null && c.isAfter(last)) {
                last = c;
                kind = "CASE_OPENED";
            }
            Date f = rs.getDate("last_finding");
            if (f != null && f.toLocalDate().isAfter(last)) {
                last = f.toLocalDate();
                kind = "FINDING";
            }
            Date a = rs.getDate("last_audit");
            if (a != null && a.toLocalDate().isAfter(last)) {
                last = a.toLocalDate();
                kind = "AUDIT";
            }
            if (!last.isAfter(listedFrom)) {
                found.add(new Inactive(rs.getLong("id"), rs.getString("name"), last, kind,
                        java.time.temporal.ChronoUnit.DAYS.between(last, today), rs.getString("risk_tier")));
            }
        });
        found.sort(Comparator.comparing(Inactive::lastActivity).thenComparing(Inactive::partyId));
        return new Listing(today, true, after.asInt(), listedFrom, after.reference(), after.citation(), List.copyOf(found));
    }

    private static LocalDate day(Timestamp at) {
        return at == null ? null : at.toInstant().atZone(BusinessDay.HEADQUARTERS_ZONE).toLocalDate();
    }

    /** The listing as CSV (RFC 4180), one importer a row. */
    static String csv(Listing listing) {
        StringBuilder out = new StringBuilder("party_id,name,last_activity,last_activity_kind,days_inactive,risk_tier\r\n");
        for (Inactive i : listing.parties()) {
            out.append(i.partyId()).append(',').append(quote(i.name())).append(',').append(i.lastActivity()).append(',')
                    .append(i.lastActivityKind()).append(',').append(i.daysInactive()).append(',')
                    .append(i.riskTier() == null ? "" : i.riskTier()).append("\r\n");
        }
        return out.toString();
    }

    private static String quote(String text) {
        String t = text;
        // a leading formula character is neutralised, so a spreadsheet does not run the name
        if (!t.isEmpty() && "=+-@\t\r".indexOf(t.charAt(0)) >= 0) {
            t = "'" + t;
        }
        return "\"" + t.replace("\"", "\"\"") + "\"";
    }
}
