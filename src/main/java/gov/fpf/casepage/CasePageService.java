package gov.fpf.casepage;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.bond.Bond;
import gov.fpf.bond.BondService;
import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.CaseFileService;
import gov.fpf.casefile.CaseView;
import gov.fpf.casefile.DeadlineStatus;
import gov.fpf.liquidateddamages.LdCaseService;
import gov.fpf.office.OfficeCalendar;
import gov.fpf.party.Party;
import gov.fpf.party.PartyService;
import gov.fpf.penalty.PenaltyCaseRepository;
import gov.fpf.process.diagram.CaseDiagrams;
import gov.fpf.process.engine.CaseWork;
import gov.fpf.process.engine.OpenTask;
import gov.fpf.rules.penalties.PenaltyFacts;
import gov.fpf.seizure.SeizureCaseService;
import gov.fpf.system.BusinessDay;
import gov.fpf.system.CurrentUser;
import gov.fpf.system.Labels;
import gov.fpf.system.Problems;

/**
 * What the case page shows, read for the caller's offices only (another office's case is a 404, as in the API): the
 * case file, its open tasks and who may work them, and each tab's facts from the family's own service.
 */
@Service
class CasePageService {

    /** Deadlines due within this many days are flagged as due soon. */
    static final int DUE_SOON_DAYS = 14;

    private final CaseFileService caseFiles;
    private final CaseWork caseWork;
    private final PartyService parties;
    private final BondService bonds;
    private final LdCaseService ldCases;
    private final SeizureCaseService seizures;
    private final PenaltyCaseRepository penaltyCases;
    private final ObjectProvider<gov.fpf.penalty.PenaltyCaseService> penaltyService;
    private final ObjectProvider<CaseDiagrams> diagrams;
    private final Clock clock;
    private final OfficeCalendar calendar;
    private final Labels labels;

    CasePageService(CaseFileService caseFiles, CaseWork caseWork, PartyService parties, BondService bonds,
                    LdCaseService ldCases, SeizureCaseService seizures, PenaltyCaseRepository penaltyCases,
                    ObjectProvider<gov.fpf.penalty.PenaltyCaseService> penaltyService,
                    ObjectProvider<CaseDiagrams> diagrams, Clock clock, OfficeCalendar calendar, Labels labels) {
        this.calendar = calendar;
        this.labels = labels;
        this.caseFiles = caseFiles;
        this.caseWork = caseWork;
        this.parties = parties;
        this.bonds = bonds;
        this.ldCases = ldCases;
        this.seizures = seizures;
        this.penaltyCases = penaltyCases;
        this.penaltyService = penaltyService;
        this.diagrams = diagrams;
        this.clock = clock;
    }

    /** Today on the headquarters calendar (forms without a case); a case's own dates use its office's calendar. */
    LocalDate today() {
        return BusinessDay.today(clock);
    }

    /** The case as the API returns it; 404 when unknown or of another office. */
    CaseView view(String caseNumber) {
        if (caseNumber == null || !caseNumber.matches("\\d{4}-[A-Z]{3}-\\d{6}")) {
            throw new Problems.NotFound("No case " + caseNumber + " in your offices.");
        }
        return caseFiles.view(caseNumber);
    }

    // ------------------------------------------------------------------------------------------ tasks

    /** An open task of the case with who may work it; {@code workable} when offered to the caller. */
    record TaskRow(String id, String taskDefinitionKey, String name, String assignee, Instant dueDate,
                   boolean workable, Set<String> offeredTo) {
    }

    List<TaskRow> tasks(String caseNumber) {
        Set<String> mine = CurrentUser.groups();
        String me = CurrentUser.id();
        return caseWork.openTasks(caseNumber).stream().map(t -> {
            Set<String> groups = caseWork.candidateGroups(t.id());
            boolean workable = me.equals(t.assignee())
                    || t.assignee() == null && groups.stream().anyMatch(mine::contains);
            return new TaskRow(t.id(), t.taskDefinitionKey(), t.name(), t.assignee(), t.dueDate(), workable,
                    Set.copyOf(groups));
        }).toList();
    }

    /**
     * The open task of this case the caller wants to work: 404 when it is not an open task of the case (another
     * office's, another case's, or gone), 403 when it is not offered to the caller's groups (nor assigned to them).
     */
    OpenTask workableTask(String caseNumber, String taskId) {
        OpenTask task = caseWork.openTasks(caseNumber).stream().filter(t -> t.id().equals(taskId)).findFirst()
                .orElseThrow(() -> new Problems.NotFound("No open task " + taskId + " on case " + caseNumber + "."));
        Set<String> mine = CurrentUser.groups();
        boolean offered = CurrentUser.id().equals(task.assignee())
                || caseWork.candidateGroups(taskId).stream().anyMatch(mine::contains);
        if (!offered) {
            throw new Problems.Forbidden("Task '" + task.name() + "' is not offered to any of your groups.");
        }
        return task;
    }

    // ------------------------------------------------------------------------------------------ summary

    /**
     * A deadline as the page shows it: {@code daysLeft} only while it is open (a met, waived or closed deadline has
     * no days left); {@code status} the enum, written in words by the template.
     */
    record DeadlineRow(String name, LocalDate dueDate, Long daysLeft, String citation, DeadlineStatus status,
                       boolean overdue, boolean dueSoon) {

        boolean open() {
            return status == DeadlineStatus.OPEN;
        }
    }

    List<DeadlineRow> deadlines(CaseView view) {
        LocalDate today = calendar.today(view.officeCode());
        return view.deadlines().stream().map(d -> {
            DeadlineStatus status = DeadlineStatus.valueOf(d.status());
            boolean open = status == DeadlineStatus.OPEN;
            Long days = open && d.dueDate() != null ? ChronoUnit.DAYS.between(today, d.dueDate()) : null;
            return new DeadlineRow(d.name(), d.dueDate(), days, d.citation(), status, days != null && days < 0,
                    days != null && days >= 0 && days <= DUE_SOON_DAYS);
        }).toList();
    }

    /**
     * The header strip and the summary's first line: the statute (in words), what the violation is, the amount at
     * stake (the decided amount, else the assessed, the proposed, the claim or the appraised value, else the
     * maximum) and the next open deadline.
     */
    record Glance(String statute, String violation, BigDecimal atStake, String atStakeKind, BigDecimal proposed,
                  DeadlineRow nextDeadline) {
    }

    @Transactional(readOnly = true)
    Glance glance(CaseView view) {
        String statute = null;
        String violation = null;
        BigDecimal proposed = null;
        BigDecimal familyAmount = null;
        String familyKind = null;
        try {
            switch (view.family()) {
                case PENALTY -> {
                    CaseFile c = caseFiles.visibleCase(view.caseNumber());
                    var p = penaltyCases.findById(c.getId()).orElse(null);
                    if (p != null) {
                        statute = labels.of(p.getStatute());
                        violation = join(statute, labels.of(p.getCulpability()), p.getMerchandiseDescription());
                        proposed = p.getProposedAmount();
                        familyAmount = proposed;
                        familyKind = "proposed";
                    }
                }
                case LIQUIDATED_DAMAGES -> {
                    LdCaseService.ClaimView claim = ldCases.claimView(view.caseNumber());
                    statute = claim.breachCitation();
                    violation = join(labels.of("LdBreach", claim.breach()) + " (" + claim.breachCitation() + ")",
                            claim.entryNumber() == null ? null : "entry " + claim.entryNumber(),
                            "bond " + claim.bondNumber());
                    familyAmount = claim.claimAmount();
                    familyKind = "claim";
                }
                case SEIZURE -> {
                    SeizureCaseService.PropertyView property = seizures.property(view.caseNumber());
                    statute = gov.fpf.rules.SeizureStatute.of(property.statute()).map(labels::of)
                            .orElse(property.statute());
                    String items = property.items().stream().map(SeizureCaseService.ItemView::description)
                            .filter(d -> d != null && !d.isBlank()).limit(3).reduce((a, b) -> a + "; " + b).orElse(null);
                    violation = join(statute, items);
                    familyAmount = property.appraisedValue();
                    familyKind = "appraised";
                }
            }
        } catch (Problems.NotFound e) {
            // a case whose family record is not written yet: the header shows what the case file has
        }
        CaseView.Amounts a = view.amounts();
        BigDecimal atStake;
        String kind;
        if (a.decided() != null) {
            atStake = a.decided();
            kind = "decided";
        } else if (a.assessed() != null) {
            atStake = a.assessed();
            kind = "assessed";
        } else if (familyAmount != null) {
            atStake = familyAmount;
            kind = familyKind;
        } else {
            atStake = a.maximum();
            kind = "maximum";
        }
        DeadlineRow next = deadlines(view).stream().filter(DeadlineRow::open).filter(d -> d.dueDate() != null)
                .min(java.util.Comparator.comparing(DeadlineRow::dueDate)).orElse(null);
        return new Glance(statute, violation, atStake, atStake == null ? null : kind, proposed, next);
    }

    private static String join(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank())
                .reduce((x, y) -> x + " — " + y).orElse(null);
    }

    // ------------------------------------------------------------------------------------------ parties

    record ViolationRow(String statute, LocalDate findingDate, String caseNumber, String description) {
    }

    record PartyFacts(long id, String name, String kind, String countryOfOrganization, String iorClass,
                      List<String> iorClassReasons, String iorClassCitation, boolean goodStanding,
                      String standingNote, List<ViolationRow> violations) {
    }

    Optional<PartyFacts> party(Long partyId) {
        if (partyId == null) {
            return Optional.empty();
        }
        Party p = parties.get(partyId);
        List<String> reasons = p.getIorClassReasons() == null ? List.of()
                : p.getIorClassReasons().stream().flatMap(r -> Arrays.stream(r.split("\n"))).filter(r -> !r.isBlank())
                        .toList();
        return Optional.of(new PartyFacts(p.getId(), p.getName(), String.valueOf(p.getKind()),
                p.facts().countryOfOrganization(), String.valueOf(p.getIorClass()), reasons,
                gov.fpf.party.IorClassifier.CITATION, p.isGoodStanding(), p.getStandingNote(),
                parties.violations(partyId).stream().map(v -> new ViolationRow(v.getStatute(), v.getFindingDate(),
                        v.getCaseNumber(), v.getDescription())).toList()));
    }

    /** The party's name for the header; the id when the party cannot be read. */
    String partyName(Long partyId) {
        if (partyId == null) {
            return null;
        }
        try {
            return parties.get(partyId).getName();
        } catch (Problems.NotFound e) {
            return "#" + partyId;
        }
    }

    // ------------------------------------------------------------------------------------------ bond / property / facts

    record PenaltyFactsView(String statute, String statuteCitation, String culpability, LocalDate violationDate,
                            LocalDate discoveryDate, BigDecimal dutiableValue, BigDecimal domesticValue,
                            BigDecimal lossOfRevenue, boolean commercial, boolean priorDisclosure,
                            BigDecimal msrpValue, BigDecimal articleValue, String merchandiseDescription,
                            String entryNumbers, String materialFacts, LocalDate solDate, BigDecimal proposedAmount,
                            String proposalRationale, Boolean ppnRequired, LocalDate ppnMailedDate,
                            String representationsOutcome, LocalDate noticeMailedDate,
                            gov.fpf.penalty.PenaltyCaseService.PenaltyCaseView detail) {
    }

    @Transactional(readOnly = true)
    Optional<PenaltyFactsView> penaltyFacts(String caseNumber) {
        CaseFile c = caseFiles.visibleCase(caseNumber);
        if (c.getFamily() != CaseFamily.PENALTY) {
            return Optional.empty();
        }
        return penaltyCases.findById(c.getId()).map(p -> {
            PenaltyFacts f = p.facts();
            return new PenaltyFactsView(p.getStatute().json(), p.getStatute().citation(),
                    p.getCulpability() == null ? null : p.getCulpability().name(), p.getViolationDate(),
                    p.getDiscoveryDate(), f.dutiableValue(), f.domesticValue(), p.getLossOfRevenue(), p.isCommercial(),
                    f.priorDisclosure(), f.msrpValue(), f.articleValue(), p.getMerchandiseDescription(),
                    p.getEntryNumbers(), p.getMaterialFacts(), p.getSolDate(), p.getProposedAmount(),
                    p.getProposalRationale(), p.getPpnRequired(), p.getPpnMailedDate(), p.getRepresentationsOutcome(),
                    p.getNoticeMailedDate(), penaltyService.getObject().view(caseNumber));
        });
    }

    record BondFacts(long id, String bondNumber, String suretyName, String type, String activity,
                     String activityCitation, BigDecimal amount, LocalDate effectiveDate) {
    }

    /** A liquidated-damages case's claim, its bond and what remains of the bond. */
    record LdFacts(LdCaseService.ClaimView claim, BondFacts bond, LdCaseService.Coverage coverage) {
    }

    LdFacts ldFacts(String caseNumber) {
        LdCaseService.ClaimView claim = ldCases.claimView(caseNumber);
        Bond b = bonds.get(claim.bondId());
        return new LdFacts(claim, new BondFacts(b.getId(), b.getBondNumber(), b.getSuretyName(), String.valueOf(b.getType()),
                String.valueOf(b.getActivity()), b.getActivity().citation(), b.getAmount(), b.getEffectiveDate()),
                ldCases.coverage(b.getId()));
    }

    SeizureCaseService.PropertyView property(String caseNumber) {
        return seizures.property(caseNumber);
    }

    // ------------------------------------------------------------------------------------------ diagram

    /** The case's process as SVG; empty when no renderer is installed or the case has no process. */
    Optional<String> diagram(String caseNumber) {
        CaseDiagrams renderer = diagrams.getIfAvailable();
        if (renderer == null) {
            return Optional.empty();
        }
        return renderer.svgForCase(caseNumber);
    }
}
