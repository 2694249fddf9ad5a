package gov.fpf.party;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.audit.AuditLog;
import gov.fpf.office.MailingAddress;
import gov.fpf.system.BusinessDay;
import gov.fpf.system.CurrentUser;
import gov.fpf.system.Problems;

@Service
public class PartyService {

    private final PartyRepository parties;
    private final ViolationRecordRepository violations;
    private final AuditLog auditLog;
    private final Clock clock;
    private final PartyStandings standings;

    PartyService(PartyRepository parties, ViolationRecordRepository violations, AuditLog auditLog, Clock clock,
                 PartyStandings standings) {
        this.standings = standings;
        this.parties = parties;
        this.violations = violations;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public Party create(String name, IorFacts facts) {
        return create(name, facts, null);
    }

    /** A party with the address its notices are mailed to (null when it is not known yet). */
    @Transactional
    public Party create(String name, IorFacts facts, MailingAddress address) {
        return create(name, facts, address, java.util.Set.of(PartyRole.IMPORTER_OF_RECORD));
    }

    /** A party in the roles it holds in the import trade (at least one; EO 14411 Sec. 2(f) vets by role). */
    @Transactional
    public Party create(String name, IorFacts facts, MailingAddress address, java.util.Set<PartyRole> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new Problems.InvalidInput("roles: name at least one of " + List.of(PartyRole.values()) + ".");
        }
        IorClassifier.Classification classification = IorClassifier.classify(facts);
        Party unsaved = new Party(name.strip(), facts, classification, clock.instant(), CurrentUser.id());
        unsaved.changeAddress(address);
        unsaved.changeRoles(roles);
        Party party = parties.save(unsaved);
        standings.request(party.getId());
        auditLog.entityEvent("PARTY", party.getId().toString(), "PARTY_CREATED",
                party.getName() + " (" + facts.kind() + ", " + roles + ") classified " + classification.iorClass() + " IOR: "
                        + String.join(" ", classification.reasons()), null);
        return party;
    }

    /** Records or corrects where the party's notices are mailed; the version guards against a lost update. */
    @Transactional
    public Party changeAddress(long id, long version, MailingAddress address) {
        Party party = get(id);
        if (party.getVersion() != version) {
            throw new Problems.Conflict("Party " + id + " was changed by someone else (version " + party.getVersion()
                    + ", yours " + version + "); reload it and try again.");
        }
        MailingAddress before = party.getAddress();
        party.changeAddress(address);
        auditLog.entityEvent("PARTY", party.getId().toString(), "PARTY_ADDRESS_CHANGED",
                (before == null ? "no address" : String.join(", ", before.lines())) + " -> "
                        + String.join(", ", address.lines()), null);
        return parties.saveAndFlush(party);
    }

    @Transactional(readOnly = true)
    public Party get(long id) {
        return parties.findById(id).orElseThrow(() -> new Problems.NotFound("No party with id " + id + "."));
    }

    /**
     * Parties whose name contains {@code text} (any case), by name, at most {@value #SEARCH_LIMIT}; none for blank text.
     * Parties are not scoped by office: any office may charge the same importer.
     */
    @Transactional(readOnly = true)
    public List<Party> search(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String t = text.strip();
        return parties.findTop20ByNameContainingIgnoreCaseOrderByNameAscIdAsc(t.length() > 200 ? t.substring(0, 200) : t);
    }

    public static final int SEARCH_LIMIT = 20;

    @Transactional(readOnly = true)
    public List<ViolationRecord> violations(long partyId) {
        return violations.findByPartyIdOrderByFindingDateAscIdAsc(partyId);
    }

    /** an officer's record of a final finding from another source */
    @Transactional
    public ViolationRecord recordViolation(long partyId, String statute, LocalDate findingDate, String caseNumber,
                                           String description) {
        return recordFinding(partyId, statute, findingDate, caseNumber, FindingKind.RECORDED, description, null);
    }

    /** as above, saying when the finding was one of illegal importation that EO 14411 Sec. 2(d) names (else null) */
    @Transactional
    public ViolationRecord recordViolation(long partyId, String statute, LocalDate findingDate, String caseNumber,
                                           String description, IllicitImport illicitImport) {
        return recordFinding(partyId, statute, findingDate, caseNumber, FindingKind.RECORDED, description, illicitImport);
    }

    @Transactional
    public ViolationRecord recordFinding(long partyId, String statute, LocalDate findingDate, String caseNumber,
                                         FindingKind kind, String description) {
        return recordFinding(partyId, statute, findingDate, caseNumber, kind, description, null);
    }

    /**
     * A final finding of culpability on the party's record (EO 14411 Sec. 4(c) repeat offender): only kinds that are
     * findings are recorded; a referral, a compromise, an Option-1 payment or the party's own abandonment is not one.
     */
    @Transactional
    public ViolationRecord recordFinding(long partyId, String statute, LocalDate findingDate, String caseNumber,
                                         FindingKind kind, String description, IllicitImport illicitImport) {
        if (!kind.isFinding()) {
            throw new IllegalArgumentException(kind + " is not a finding of culpability");
        }
        Party party = get(partyId);
        if (findingDate.isAfter(BusinessDay.today(clock))) {
            throw new Problems.InvalidInput("findingDate: " + findingDate + " is in the future.");
        }
        ViolationRecord saved = violations.save(new ViolationRecord(party.getId(), statute, findingDate, caseNumber,
                kind, description, clock.instant(), CurrentUser.id()).illicit(illicitImport));
        auditLog.entityEvent("PARTY", party.getId().toString(), "VIOLATION_RECORDED",
                statute + " " + kind + " finding of " + findingDate + (caseNumber == null ? "" : " in case " + caseNumber)
                        + (illicitImport == null ? "" : ", illegal importation of " + DerivedStanding.words(illicitImport)
                        + " (EO 14411 Sec. 2(d))"), description);
        // EO 14411 Sec. 2(d): the party's standing, and its affiliates', read its findings
        standings.request(party.getId());
        return saved;
    }
}
