package gov.fpf.broker;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import gov.fpf.audit.AuditLog;
import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseFile;
import gov.fpf.casefile.CaseStatus;
import gov.fpf.office.OfficeAccess;
import gov.fpf.party.Party;
import gov.fpf.party.PartyRole;
import gov.fpf.party.PartyService;
import gov.fpf.party.ViolationRecord;
import gov.fpf.system.CurrentUser;
import gov.fpf.system.Problems;

/**
 * A broker's clients' cases (EO 14411 Sec. 4(a)): a case whose importer of record used a customs broker names the
 * broker at intake; the broker's page lists those cases and counts how many ended in a finding, so "repeatedly
 * representing noncompliant clients" can be seen from the record. Nothing is charged automatically: an officer opens a
 * 1641 case against the broker if the record supports it. Lists are office-scoped like every case list.
 */
@Service
public class BrokerLinks {

    /** the audit event of a case naming its importer's broker */
    public static final String EVENT_BROKER_LINKED = "BROKER_LINKED";
    /** how many client cases one answer lists (newest first); the counts cover all of them */
    public static final int CASES_SHOWN = 200;

    private final BrokerClientCaseRepository links;
    private final PartyService parties;
    private final OfficeAccess officeAccess;
    private final AuditLog auditLog;
    private final Clock clock;

    BrokerLinks(BrokerClientCaseRepository links, PartyService parties, OfficeAccess officeAccess, AuditLog auditLog,
                Clock clock) {
        this.links = links;
        this.parties = parties;
        this.officeAccess = officeAccess;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * The broker a new case names, checked before anything is stored: 400 if there is no such party or it is the
     * case's own party, 422 if the party is not recorded as a customs broker.
     */
    @Transactional(readOnly = true)
    public Party broker(long brokerPartyId, Long casePartyId) {
        Party broker;
        try {
            broker = parties.get(brokerPartyId);
        } catch (Problems.NotFound e) {
            throw new Problems.InvalidInput("brokerPartyId: there is no party with id " + brokerPartyId + ".");
        }
        if (casePartyId != null && casePartyId == brokerPartyId) {
            throw new Problems.InvalidInput("brokerPartyId: the broker is the case's own party; name the broker the"
                    + " importer of record used, or leave it empty.");
        }
        if (!broker.hasRole(PartyRole.CUSTOMS_BROKER)) {
            throw new Problems.RuleViolation("brokerPartyId: " + broker.getName() + " (party " + brokerPartyId + ") is"
                    + " not recorded as a customs broker (role CUSTOMS_BROKER); only a licensed customs broker's clients'"
                    + " cases link to it.", "19 U.S.C. 1641(a); EO 14411 Sec. 4(a)");
        }
        return broker;
    }

    /** Links the new case to the broker its importer used (checked with {@link #broker}) and audits it. */
    @Transactional
    public void link(CaseFile c, long brokerPartyId) {
        Party broker = broker(brokerPartyId, c.getPartyId());
        links.save(new BrokerClientCase(c.getId(), broker.getId(), clock.instant(), CurrentUser.id()));
        auditLog.caseEvent(c.getCaseNumber(), EVENT_BROKER_LINKED, "the importer of record used customs broker "
                + broker.getName() + " (party " + broker.getId() + ")");
    }

    /** The broker a case names, if any. */
    @Transactional(readOnly = true)
    public Optional<Party> brokerOf(long caseId) {
        return links.findById(caseId).map(l -> parties.get(l.getBrokerPartyId()));
    }

    /** One of a broker's clients' cases as a reader of its office sees it. */
    public record ClientCase(String caseNumber, CaseFamily family, CaseStatus status, String officeCode,
                             Long clientPartyId, String clientName, java.time.Instant openedAt, boolean endedInFinding) {
    }

    /**
     * GET /api/v1/parties/{id}/client-cases: the cases of the reader's offices that name the party as their broker
     * (newest first, at most {@link #CASES_SHOWN}), how many there are and how many ended in a final finding of
     * culpability against the client.
     */
    public record ClientCases(long brokerPartyId, String brokerName, boolean customsBroker, long total,
                              long endedInFinding, List<ClientCase> cases) {
    }

    @Transactional(readOnly = true)
    public ClientCases clientCases(long brokerPartyId) {
        Party broker = parties.get(brokerPartyId);
        Set<String> offices = officeAccess.visibleOffices();
        if (offices.isEmpty()) {
            return new ClientCases(broker.getId(), broker.getName(), broker.hasRole(PartyRole.CUSTOMS_BROKER), 0, 0,
                    List.of());
        }
        List<String> all = links.clientCaseNumbers(brokerPartyId, offices);
        Set<String> withFinding = new java.util.HashSet<>();
        for (int from = 0; from < all.size(); from += 500) {
            for (ViolationRecord v : links.recordsOfCases(all.subList(from, Math.min(all.size(), from + 500)))) {
                if (v.getKind() != null && v.getKind().isFinding()) {
                    withFinding.add(v.getCaseNumber());
                }
            }
        }
        List<CaseFile> shown = links.clientCases(brokerPartyId, offices, PageRequest.of(0, CASES_SHOWN));
        Map<Long, String> names = new HashMap<>();
        List<ClientCase> rows = new ArrayList<>();
        for (CaseFile c : shown) {
            String client = c.getPartyId() == null ? null
                    : names.computeIfAbsent(c.getPartyId(), id -> parties.get(id).getName());
            rows.add(new ClientCase(c.getCaseNumber(), c.getFamily(), c.getStatus(), c.getOfficeCode(), c.getPartyId(),
                    client, c.getOpenedAt(), withFinding.contains(c.getCaseNumber())));
        }
        return new ClientCases(broker.getId(), broker.getName(), broker.hasRole(PartyRole.CUSTOMS_BROKER), all.size(),
                withFinding.size(), rows);
    }
}
