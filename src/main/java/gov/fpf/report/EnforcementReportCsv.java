package gov.fpf.report;

import java.math.BigDecimal;

import gov.fpf.report.EnforcementReport.DayStats;
import gov.fpf.report.EnforcementReport.Money;
import gov.fpf.report.EnforcementReport.Rate;

/**
 * The report as tidy CSV: one row per figure, {@code section,measure,family,statute,office,category,value}. An empty
 * dimension means "all": the row {@code cases_opened,count,PENALTY,,,,120} is every penalty case opened in the year,
 * {@code cases_opened,count,PENALTY,1592,LALB,,40} the 1592 cases of LALB. Rows at different levels therefore
 * overlap; filter on the dimensions before adding up. {@code category} holds a disposition method, a forfeiture
 * basis, or {@code monetary_claims} for the penalties-and-liquidated-damages totals. Values are plain numbers
 * (dollars with cents, rates as fractions); an empty value is a figure that cannot be computed (no cases).
 */
final class EnforcementReportCsv {

    static final String HEADER = "section,measure,family,statute,office,category,value";

    private final StringBuilder out = new StringBuilder(64 * 1024).append(HEADER).append("\r\n");

    private EnforcementReportCsv() {
    }

    /** what a withheld count is written as (disclosure control) */
    private String suppressed = "";

    static String write(EnforcementReport r) {
        EnforcementReportCsv csv = new EnforcementReportCsv();
        csv.suppressed = r.disclosure() == null ? "" : ReportFormat.csvSuppressed(r.disclosure());
        csv.all(r);
        return csv.out.toString();
    }

    private void all(EnforcementReport r) {
        row("report", "year", "", "", "", "", r.year());
        counts("cases_opened", r.casesOpened());
        counts("cases_closed", r.casesClosed());

        EnforcementReport.Amounts a = r.amounts();
        money("amounts", "", "", "", "monetary_claims", a.monetaryClaims());
        a.byFamily().forEach((family, m) -> money("amounts", family, "", "", "", m));
        a.monetaryClaimsByOffice().forEach((office, m) -> money("amounts", "", "", office, "monetary_claims", m));
        a.cells().forEach(c -> money("amounts", c.family(), c.statute(), c.office(), "", c.money()));

        EnforcementReport.Collected col = r.collectedInYear();
        row("collected_in_year", "payments", "", "", "", "", col.payments());
        row("collected_in_year", "amount", "", "", "", "", col.total());
        col.byFamily().forEach((family, v) -> row("collected_in_year", "amount", family, "", "", "", v));
        col.byOffice().forEach((office, v) -> row("collected_in_year", "amount", "", "", office, "", v));

        EnforcementReport.Mitigation m = r.mitigation();
        rate("", "", "", m.total());
        m.byFamily().forEach((family, v) -> rate(family, "", "", v));
        m.byStatute().forEach(s -> rate(s.family(), s.statute(), "", s.rate()));
        m.byOffice().forEach((office, v) -> rate("", "", office, v));
        m.cells().forEach(c -> rate(c.family(), c.statute(), c.office(), c.rate()));

        EnforcementReport.Exceptions e = r.nationalSecurityExceptions();
        row("national_security_exceptions", "granted", "", "", "", "", n(e.granted()));
        e.byFamily().forEach((family, v) -> row("national_security_exceptions", "granted", family, "", "", "", n(v)));
        e.byOffice().forEach((office, v) -> row("national_security_exceptions", "granted", "", "", office, "", n(v)));

        EnforcementReport.Seizures s = r.seizures();
        row("seizures", "seized", "", "", "", "", n(s.seized()));
        row("seizures", "appraised_value", "", "", "", "", s.appraisedValueSeized());
        s.seizedByStatute().forEach((statute, v) -> row("seizures", "seized", "SEIZURE", statute, "", "", n(v)));
        s.seizedByOffice().forEach((office, v) -> row("seizures", "seized", "", "", office, "", n(v)));
        s.dispositionsByMethod().forEach((method, v) -> row("seizures", "dispositions", "", "", "", method, n(v)));
        s.dispositionsByOffice().forEach((office, byMethod) -> byMethod.forEach((method, v) ->
                row("seizures", "dispositions", "", "", office, method, n(v))));
        row("seizures", "summary_dispositions", "", "", "", "", n(s.summaryDispositions()));
        row("seizures", "sale_proceeds", "", "", "", "SALE", s.saleProceeds());
        s.forfeituresByBasis().forEach((basis, v) -> row("seizures", "forfeitures", "", "", "", basis, n(v)));
        s.forfeituresByOffice().forEach((office, byBasis) -> byBasis.forEach((basis, v) ->
                row("seizures", "forfeitures", "", "", office, basis, n(v))));

        EnforcementReport.Durations d = r.durations();
        days("seizure_to_disposal_days", "", "", d.seizureToDisposal());
        d.seizureToDisposalByOffice().forEach((office, v) -> days("seizure_to_disposal_days", "", office, v));
        days("petition_to_decision_days", "", "", d.petitionToDecision());
        d.petitionToDecisionByFamily().forEach((family, v) -> days("petition_to_decision_days", family, "", v));
        d.petitionToDecisionByOffice().forEach((office, v) -> days("petition_to_decision_days", "", office, v));

        EnforcementReport.Limitations l = r.statuteOfLimitations();
        row("statute_of_limitations", "target", "", "", "", "", l.target());
        row("statute_of_limitations", "closed_by_statute", "", "", "", "", n(l.closedByStatute()));
        l.closedByFamily().forEach((family, v) -> row("statute_of_limitations", "closed_by_statute", family, "", "", "", n(v)));
        l.closedByOffice().forEach((office, v) -> row("statute_of_limitations", "closed_by_statute", "", "", office, "", n(v)));
        row("statute_of_limitations", "lapsed_while_open", "PENALTY", "", "", "", n(l.lapsedWhileOpen()));
        l.lapsedWhileOpenByOffice().forEach((office, v) ->
                row("statute_of_limitations", "lapsed_while_open", "PENALTY", "", office, "", n(v)));
    }

    private void counts(String section, EnforcementReport.CaseCounts c) {
        row(section, "count", "", "", "", "", n(c.total()));
        c.byFamily().forEach((family, v) -> row(section, "count", family, "", "", "", n(v)));
        c.byStatute().forEach(s -> row(section, "count", s.family(), s.statute(), "", "", n(s.count())));
        c.byOffice().forEach((office, v) -> row(section, "count", "", "", office, "", n(v)));
        c.cells().forEach(cell -> row(section, "count", cell.family(), cell.statute(), cell.office(), "", n(cell.count())));
    }

    /** a published count, or the marker of a withheld one */
    private Object n(Long count) {
        return count == null ? suppressed : count;
    }

    private void money(String section, String family, String statute, String office, String category, Money m) {
        row(section, "cases", family, statute, office, category, m.cases());
        row(section, "assessed", family, statute, office, category, m.assessed());
        row(section, "decided", family, statute, office, category, m.decided());
        row(section, "collected", family, statute, office, category, m.collected());
    }

    private void rate(String family, String statute, String office, Rate r) {
        row("mitigation", "petitions_decided", family, statute, office, "", r.decided());
        row("mitigation", "mitigated", family, statute, office, "", r.mitigated());
        row("mitigation", "cancelled", family, statute, office, "", r.cancelled());
        row("mitigation", "denied", family, statute, office, "", r.denied());
        row("mitigation", "mitigation_rate", family, statute, office, "", r.mitigationRate());
        row("mitigation", "assessed", family, statute, office, "", r.assessed());
        row("mitigation", "decided_amount", family, statute, office, "", r.decidedAmount());
    }

    private void days(String section, String family, String office, DayStats s) {
        row(section, "count", family, "", office, "", s.count());
        row(section, "median", family, "", office, "", s.median());
        row(section, "p90", family, "", office, "", s.p90());
    }

    private void row(String section, String measure, String family, String statute, String office, String category,
                     Object value) {
        out.append(field(section)).append(',').append(field(measure)).append(',').append(field(family)).append(',')
                .append(field(statute)).append(',').append(field(office)).append(',').append(field(category)).append(',')
                .append(value == null ? "" : value instanceof BigDecimal b ? b.toPlainString() : value.toString())
                .append("\r\n");
    }

    /** RFC 4180, quoted only when needed; a text that a spreadsheet would run as a formula is defused with a quote. */
    private static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if ("=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
