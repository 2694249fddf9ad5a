package gov.fpf.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.NoticeTemplates;
import gov.fpf.mitigation.Petition;
import gov.fpf.rules.Deadline;
import gov.fpf.rules.Deadlines;
import gov.fpf.rules.LegalParameter.Unit;
import gov.fpf.rules.MigrationParameters;
import gov.fpf.rules.ParameterNames;
import gov.fpf.rules.penalties.Culpability;
import gov.fpf.rules.penalties.FactsBuilder;
import gov.fpf.rules.penalties.PenaltyStatute;

/** The penalty letters state the periods their deadlines were counted with and the rows in force, never literals. */
class PenaltyNoticesTest {

    private static final LocalDate MAILED = LocalDate.of(2026, 3, 2);
    private static final PenaltyNotices.Addressee TO = new PenaltyNotices.Addressee("Page Fasteners & Sons", "Los Angeles");

    private final MigrationParameters reference = MigrationParameters.load();
    private final CaseFile caseFile = NoticeTemplates.caseFile("2026-PEN-000001", CaseFamily.PENALTY);

    @Test
    void thePenaltyNoticeStatesThePetitionPeriodOfTheRowInForce() {
        // given an administrator has set the petition period to 90 days and the pre-penalty threshold to $2,500
        MigrationParameters changed = reference
                .with(ParameterNames.PETITION_PENALTY, "90", Unit.DAYS, LocalDate.of(2026, 1, 1))
                .with(ParameterNames.PPN_THRESHOLD, "2500", Unit.USD, LocalDate.of(2026, 1, 1));
        Deadline petitionDue = new PenaltyDeadlines(new Deadlines(changed)).petitionDue(MAILED, LocalDate.of(2030, 1, 1));

        // when a notice without a pre-penalty notice is mailed
        String html = NoticeTemplates.render(PenaltyNotices.penaltyNotice(caseFile, penaltyCase(), TO, MAILED,
                new BigDecimal("900"), null, petitionDue, false, null, changed));

        // then it states the 90 days, the due date they give and the new threshold
        assertThat(html).contains("by May 31, 2026, 90 days from the date of mailing (test row).",
                        "the claim is $2,500 or less, or the importation was noncommercial")
                .doesNotContain("60 days", "$1,000");
    }

    @Test
    void withTheReferenceRowsTheLettersReadAsTheLawStatesThem() {
        Deadline petitionDue = new PenaltyDeadlines(new Deadlines(reference)).petitionDue(MAILED, LocalDate.of(2030, 1, 1));
        String notice = NoticeTemplates.render(PenaltyNotices.penaltyNotice(caseFile, penaltyCase(), TO, MAILED,
                new BigDecimal("900"), null, petitionDue, false, null, reference));
        assertThat(notice).contains("by May 1, 2026, 60 days from the date of mailing (19 CFR 171.2(b)(2)).",
                "(19 U.S.C. 1592(b)(1)(B): the claim is $1,000 or less, or the importation was noncommercial)",
                "<dt>Penalty demanded</dt><dd>$900.00</dd>");

        Deadline responseDue = new PenaltyDeadlines(new Deadlines(reference)).ppnResponseDue(PenaltyStatute.S1592,
                MAILED, LocalDate.of(2030, 1, 1), false);
        String ppn = NoticeTemplates.render(PenaltyNotices.prePenaltyNotice(caseFile, penaltyCase(), TO, MAILED,
                responseDue, false, reference));
        assertThat(ppn).contains("<title>Pre-penalty notice 2026-PEN-000001</title>", "<h1>Pre-penalty notice</h1>",
                "They must reach the office above by April 1, 2026, 30 days from the date of mailing (19 CFR 162.78(a)).",
                "<dt>Degree of culpability</dt><dd>Gross negligence</dd>");
    }

    @Test
    void aShortenedPetitionPeriodStatesTheShorteningWindowInForce() {
        // given fewer than 180 days are left before the statute of limitations, and the window is now 200 days
        MigrationParameters changed = reference.with(ParameterNames.PETITION_SHORTENING_WINDOW, "200", Unit.DAYS,
                LocalDate.of(2026, 1, 1));
        LocalDate sol = MAILED.plusDays(150);
        PenaltyDeadlines deadlines = new PenaltyDeadlines(new Deadlines(changed));
        Deadline petitionDue = deadlines.petitionDue(MAILED, sol);

        String html = NoticeTemplates.render(PenaltyNotices.penaltyNotice(caseFile, penaltyCase(), TO, MAILED,
                new BigDecimal("40000"), new BigDecimal("40000"), petitionDue, deadlines.lessThan180DaysLeft(MAILED, sol),
                null, changed));

        // 7 working days from Monday 2026-03-02 is Wednesday 2026-03-11
        assertThat(html).contains("by March 11, 2026, a period shortened because fewer than 200 days remain before the"
                + " statute of limitations (19 CFR 171.2(e)).", "none: the amount proposed in the pre-penalty notice is claimed");
    }

    @Test
    void theDecisionLetterStatesTheValidityPeriodTheCaseWasGiven() {
        MigrationParameters changed = reference.with(ParameterNames.DECISION_VALIDITY, "45", Unit.DAYS,
                LocalDate.of(2026, 1, 1));
        PenaltyDeadlines deadlines = new PenaltyDeadlines(new Deadlines(changed));
        Petition petition = mock(Petition.class);
        when(petition.getFiledDate()).thenReturn(LocalDate.of(2026, 2, 20));
        when(petition.getOutcome()).thenReturn(Petition.Outcome.MITIGATE);
        when(petition.getDecidingAuthority()).thenReturn("HQ_PENALTIES_BRANCH");

        String html = NoticeTemplates.render(PenaltyNotices.decisionLetter(caseFile, penaltyCase(), TO, MAILED, petition,
                new BigDecimal("40000"), new BigDecimal("12000"), deadlines.decisionValidUntil(MAILED),
                deadlines.supplementalPetitionDue(MAILED, null), null, new BigDecimal("20000")));

        assertThat(html).contains("Pay $32,000.00 by April 16, 2026 (this decision is effective for 45 days from notice,"
                        + " 19 CFR 171.22).", "You may file a supplemental petition by May 1, 2026 (19 CFR 171.61)",
                "The relief granted is conditioned on payment of the loss of duties, taxes and fees of $20,000.00",
                "<dt>Petition</dt><dd>petition filed February 20, 2026</dd>", "<p>See the case file.</p>")
                .doesNotContain("60 days from notice");
        // the authority and the outcome in words, not the codes the routing table and the petition store
        assertThat(html).contains("<dt>Deciding authority</dt><dd>Headquarters Penalties Branch</dd>",
                "<dt>Outcome</dt><dd>Mitigated</dd>").doesNotContain("HQ_PENALTIES_BRANCH", ">MITIGATE<");
    }

    @Test
    void whatAPartyWroteIsEscaped() {
        Deadline responseDue = new PenaltyDeadlines(new Deadlines(reference)).ppnResponseDue(PenaltyStatute.S1592,
                MAILED, LocalDate.of(2030, 1, 1), false);

        String html = NoticeTemplates.render(PenaltyNotices.noViolationStatement(caseFile, penaltyCase(), TO, MAILED,
                "<script>alert('x')</script>"));
        String ppn = NoticeTemplates.render(PenaltyNotices.prePenaltyNotice(caseFile, penaltyCase(), TO, MAILED,
                responseDue, false, reference));

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;",
                "Page Fasteners &amp; Sons");
        assertThat(ppn).doesNotContain("<b>").contains("steel fasteners &lt;b&gt;M8&lt;/b&gt;");
    }

    private static PenaltyCase penaltyCase() {
        PenaltyCase p = new PenaltyCase(1L, FactsBuilder.s1592(Culpability.GROSS_NEGLIGENCE)
                .violated(LocalDate.of(2025, 6, 2)).build(), "steel fasteners <b>M8</b>", "ABC-1234567-8",
                "misclassified", LocalDate.of(2030, 6, 2));
        p.propose(Culpability.GROSS_NEGLIGENCE, new BigDecimal("40000"), "r", true);
        return p;
    }
}
