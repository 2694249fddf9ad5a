package gov.fpf.whatif;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.CaseFileRepository;
import gov.fpf.casefile.CaseStatus;
import gov.fpf.mitigation.PetitionFamily;
import gov.fpf.party.PartyRepository;
import gov.fpf.party.StandingAssessor;
import gov.fpf.penalty.PenaltyCase;
import gov.fpf.penalty.PenaltyCaseRepository;
import gov.fpf.rules.EoRuleSource;
import gov.fpf.rules.EoRules;
import gov.fpf.rules.LegalParameter;
import gov.fpf.rules.LegalParameters;
import gov.fpf.system.Problems;

/**
 * Issue 15 item 8, "what-if before it takes effect": a proposed implementing instrument or legal-parameter value is
 * checked exactly as recording it would be ({@link EoRules#validate}, {@link LegalParameters#checkNewValue}: the same
 * 400, 409 and 422), laid over the recorded register and table in memory, and every open case (status not CLOSED,
 * all offices: only administrators run it) is recomputed on the proposal's effective date under both, by
 * {@link CaseRecomputation} and the {@link StandingAssessor}. The answer lists what would differ. Nothing is stored:
 * the transaction is read-only and no audit event is written, since nothing changed.
 * <p>
 * The evaluation date is the effective date because a value or instrument applies to decisions on or after it: the
 * question answered is "what would a decision on that date be, with and without the proposal". Decisions already
 * made are not recomputed: they keep the law they were made under, as recording keeps them.
 */
@Service
public class WhatIfService {

    /** A proposed parameter value; citation and confidence are optional here (they change no computation). */
    public record ProposedValue(
            @NotBlank String name,
            @NotNull @Digits(integer = 15, fraction = 4) BigDecimal value,
            @NotNull LocalDate effectiveFrom,
            @Size(max = 200) String citation,
            @Pattern(regexp = "V|S|R|EO", message = "must be V, S, R or EO") String confidence,
            @Size(max = 1000) String note) {
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WhatIfService.class);

    private final LegalParameters parameters;
    private final EoRules eoRules;
    private final CaseFileRepository caseFiles;
    private final PenaltyCaseRepository penaltyCases;
    private final PartyRepository parties;
    private final StandingAssessor standing;
    private final List<PetitionFamily> families;
    private final Validator validator;
    private final CaseRecomputation recomputation = new CaseRecomputation();

    WhatIfService(LegalParameters parameters, EoRules eoRules, CaseFileRepository caseFiles,
                  PenaltyCaseRepository penaltyCases, PartyRepository parties, StandingAssessor standing,
                  List<PetitionFamily> families, Validator validator) {
        this.parameters = parameters;
        this.eoRules = eoRules;
        this.caseFiles = caseFiles;
        this.penaltyCases = penaltyCases;
        this.parties = parties;
        this.standing = standing;
        this.families = families;
        this.validator = validator;
    }

    /** The dry run of a parameter value: 400 malformed, 409 a value already on that date, 422 a date in the past. */
    @Transactional(readOnly = true)
    public WhatIfResult parameterValue(ProposedValue proposal) {
        Set<ConstraintViolation<ProposedValue>> violations = validator.validate(proposal);
        if (!violations.isEmpty()) {
            throw new Problems.InvalidInput(violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage())
                    .sorted().collect(Collectors.joining("; ")));
        }
        String name = proposal.name().strip();
        LegalParameter.Unit unit = parameters.checkNewValue(name, proposal.value(), proposal.effectiveFrom());
        LegalParameters.ProposedValue row = new LegalParameters.ProposedValue(name, proposal.value(), unit,
                proposal.effectiveFrom(), proposal.citation());
        CaseRecomputation.Sources before = new CaseRecomputation.Sources(parameters.overlay(null, eoRules), eoRules);
        CaseRecomputation.Sources after = new CaseRecomputation.Sources(parameters.overlay(row, eoRules), eoRules);
        return run(new WhatIfResult.Proposal("PARAMETER_VALUE", name + " = " + proposal.value().stripTrailingZeros()
                .toPlainString() + " " + unit + " from " + proposal.effectiveFrom(), proposal.effectiveFrom()),
                before, after);
    }

    /** The dry run of an instrument: 400 malformed or unknown rule, 409 a citation already recorded, 422 a past date. */
    @Transactional(readOnly = true)
    public WhatIfResult instrument(EoRules.NewInstrument proposal) {
        EoRules.ValidInstrument valid = eoRules.validate(proposal);
        EoRuleSource proposedRules = eoRules.withProposed(valid);
        CaseRecomputation.Sources before = new CaseRecomputation.Sources(parameters.overlay(null, eoRules), eoRules);
        CaseRecomputation.Sources after = new CaseRecomputation.Sources(parameters.overlay(null, proposedRules),
                proposedRules);
        return run(new WhatIfResult.Proposal("INSTRUMENT", valid.title() + " (" + valid.citation() + "), effective "
                + valid.effectiveDate() + ", puts in force " + valid.rules(), valid.effectiveDate()), before, after);
    }

    private WhatIfResult run(WhatIfResult.Proposal proposal, CaseRecomputation.Sources before,
                             CaseRecomputation.Sources after) {
        long started = System.nanoTime();
        LocalDate on = proposal.effectiveDate();
        List<CaseFile> open = caseFiles.findByStatusNotOrderByIdAsc(CaseStatus.CLOSED);
        Map<Long, PenaltyCase> penalties = new HashMap<>();
        List<Long> penaltyIds = open.stream().filter(c -> c.getFamily() == CaseFamily.PENALTY).map(CaseFile::getId).toList();
        penaltyCases.findAllById(penaltyIds).forEach(p -> penalties.put(p.getCaseId(), p));
        Map<CaseFamily, PetitionFamily> byFamily = new HashMap<>();
        families.forEach(f -> byFamily.put(f.family(), f));

        List<WhatIfResult.Change> changes = new ArrayList<>();
        for (CaseFile c : open) {
            PenaltyCase p = penalties.get(c.getId());
            CaseRecomputation.PenaltyState penalty = p == null ? null : new CaseRecomputation.PenaltyState(p.facts(),
                    p.getPpnRequired(), p.getPpnMailedDate(), p.getNoticeMailedDate(), p.getSolDate());
            PetitionFamily family = byFamily.get(c.getFamily());
            changes.addAll(recomputation.changes(new CaseRecomputation.CaseSnapshot(c.getCaseNumber(),
                    c.getFamily().name(), c.getOfficeCode(), penalty, c.getAssessedAmount(),
                    family == null ? null : family.floorRule()), before, after, on));
        }
        changes.addAll(standingChanges(open, before, after, on));
        changes.sort(java.util.Comparator.comparing(WhatIfResult.Change::caseNumber)
                .thenComparing(WhatIfResult.Change::what)
                .thenComparing(ch -> ch.subject() == null ? "" : ch.subject()));
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        LOG.info("What-if dry run of {} over {} open cases: {} change(s) in {} ms", proposal.description(), open.size(),
                changes.size(), elapsed);
        return new WhatIfResult(proposal, on, "ALL", open.size(), changes, totals(changes), elapsed);
    }

    /** The party's standing on the evaluation date with and without the proposal; a row per open case of the party. */
    private List<WhatIfResult.Change> standingChanges(List<CaseFile> open, CaseRecomputation.Sources before,
                                                      CaseRecomputation.Sources after, LocalDate on) {
        Map<Long, List<CaseFile>> byParty = new LinkedHashMap<>();
        for (CaseFile c : open) {
            if (c.getPartyId() != null) {
                byParty.computeIfAbsent(c.getPartyId(), id -> new ArrayList<>()).add(c);
            }
        }
        Map<Long, String> names = new HashMap<>();
        parties.findAllById(byParty.keySet()).forEach(p -> names.put(p.getId(), p.getName()));
        List<WhatIfResult.Change> changes = new ArrayList<>();
        byParty.forEach((partyId, cases) -> {
            String was = standing(partyId, on, before);
            String would = standing(partyId, on, after);
            if (!was.equals(would)) {
                for (CaseFile c : cases) {
                    changes.add(new WhatIfResult.Change(c.getCaseNumber(), c.getFamily().name(), c.getOfficeCode(),
                            WhatChanges.STANDING, names.get(partyId), was, would, null, "STANDING"));
                }
            }
        });
        return changes;
    }

    private String standing(long partyId, LocalDate on, CaseRecomputation.Sources s) {
        try {
            return standing.assess(partyId, on, s.parameters(), s.rules()).goodStanding() ? "GOOD" : "NOT_GOOD";
        } catch (Problems.Refusal refused) {
            return CaseRecomputation.NOT_COMPUTED;
        }
    }

    private static WhatIfResult.Totals totals(List<WhatIfResult.Change> changes) {
        Set<String> cases = new LinkedHashSet<>();
        int maxima = 0;
        int floors = 0;
        int deadlines = 0;
        int standings = 0;
        BigDecimal maximumDifference = BigDecimal.ZERO.setScale(2);
        BigDecimal floorDifference = BigDecimal.ZERO.setScale(2);
        for (WhatIfResult.Change c : changes) {
            cases.add(c.caseNumber());
            switch (c.what()) {
                case MAXIMUM -> {
                    maxima++;
                    if (c.difference() != null) {
                        maximumDifference = maximumDifference.add(c.difference());
                    }
                }
                case FLOOR -> {
                    floors++;
                    if (c.difference() != null) {
                        floorDifference = floorDifference.add(c.difference());
                    }
                }
                case DEADLINE -> deadlines++;
                case STANDING -> standings++;
            }
        }
        return new WhatIfResult.Totals(cases.size(), changes.size(), maxima, maximumDifference, floors, floorDifference,
                deadlines, standings);
    }
}
