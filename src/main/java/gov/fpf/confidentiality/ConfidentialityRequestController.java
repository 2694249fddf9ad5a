package gov.fpf.confidentiality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import gov.fpf.system.Problems;

/**
 * {@code /api/v1/confidentiality-requests}: a party's requests to keep data confidential (EO 14411 Sec. 6) and the
 * decisions on them. Officers and supervisors record and withdraw; a supervisor of the recording office grants or
 * denies, reviews and renews (each completes the open step of the request's ConfidentialityReviewProcess, so the
 * same happens as in Tasklist). Every change names the version it saw: a stale one is a 409.
 */
@RestController
@RequestMapping("/api/v1/confidentiality-requests")
class ConfidentialityRequestController {

    private final ConfidentialityService service;
    private final gov.fpf.party.PartyService parties;

    ConfidentialityRequestController(ConfidentialityService service, gov.fpf.party.PartyService parties) {
        this.service = service;
        this.parties = parties;
    }

    record NewRequestBody(@NotNull @Positive Long partyId,
                          @Pattern(regexp = "[A-Z0-9]{2,16}", message = "must be an office code such as LALB") String officeCode,
                          @NotNull ConfidentialityScope scope,
                          @Size(max = 500) String scopeDescription,
                          @NotBlank @Size(max = 2000) String reason,
                          LocalDate receivedOn,
                          LocalDate requestedUntil) {

        @AssertTrue(message = "scopeDescription: required when scope is OTHER; say what is to be kept confidential")
        boolean isDescribedWhenOther() {
            return scope != ConfidentialityScope.OTHER || (scopeDescription != null && !scopeDescription.isBlank());
        }
    }

    record DecisionBody(@NotNull @Pattern(regexp = "GRANT|DENY", message = "must be GRANT or DENY") String decision,
                        @NotBlank @Size(max = 2000) String reason, LocalDate grantedUntil,
                        @NotNull @PositiveOrZero Long version) {
    }

    record ReviewBody(@NotNull @Pattern(regexp = "CONTINUE|END", message = "must be CONTINUE or END") String outcome,
                      @NotBlank @Size(max = 2000) String reason, @NotNull @PositiveOrZero Long version) {
    }

    record RenewalBody(@NotNull @Pattern(regexp = "RENEW|DO_NOT_RENEW", message = "must be RENEW or DO_NOT_RENEW") String decision,
                       @NotBlank @Size(max = 2000) String reason, LocalDate renewedUntil,
                       @NotNull @PositiveOrZero Long version) {
    }

    record WithdrawalBody(@NotBlank @Size(max = 2000) String reason, @NotNull @PositiveOrZero Long version) {
    }

    record DecisionView(String kind, LocalDate effectiveOn, LocalDate until, String reason, String decidedBy,
                        Instant decidedAt) {
        static DecisionView of(ConfidentialityDecision d) {
            return new DecisionView(d.getKind().name(), d.getEffectiveOn(), d.getUntilDate(), d.getReason(),
                    d.getDecidedBy(), d.getDecidedAt());
        }
    }

    /**
     * @param openStep the step of the review process waiting for a person: DECIDE, PERIODIC_REVIEW, RENEWAL or null
     */
    record RequestView(long id, long partyId, String partyName, String officeCode, ConfidentialityScope scope,
                       String scopeDescription, String reason, LocalDate receivedOn, LocalDate requestedUntil,
                       ConfidentialityStatus status, LocalDate grantedOn, LocalDate grantedUntil, LocalDate nextReviewOn,
                       boolean periodicReview, String openStep, String recordedBy, Instant recordedAt, long version,
                       List<DecisionView> decisions) {
    }

    @GetMapping
    List<RequestView> list(@RequestParam(required = false) String partyId, @RequestParam(required = false) String status) {
        Long party = null;
        if (partyId != null) {
            try {
                party = Long.parseLong(partyId.strip());
            } catch (NumberFormatException e) {
                throw new Problems.InvalidInput("partyId: '" + partyId + "' is not a party id.");
            }
        }
        ConfidentialityStatus wanted = null;
        if (status != null) {
            try {
                wanted = ConfidentialityStatus.valueOf(status.strip());
            } catch (IllegalArgumentException e) {
                throw new Problems.InvalidInput("status: '" + status + "' is not one of "
                        + java.util.Arrays.toString(ConfidentialityStatus.values()) + ".");
            }
        }
        return service.list(party, wanted).stream().map(r -> view(r, false)).toList();
    }

    @GetMapping("/{id}")
    RequestView get(@PathVariable long id) {
        return view(service.get(id), true);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    RequestView record(@Valid @RequestBody NewRequestBody body) {
        return view(service.record(new ConfidentialityService.NewRequest(body.partyId(), body.officeCode(), body.scope(),
                body.scopeDescription(), body.reason(), body.receivedOn(), body.requestedUntil())), true);
    }

    @PostMapping("/{id}/decision")
    RequestView decide(@PathVariable long id, @Valid @RequestBody DecisionBody body) {
        return view(service.decide(id, body.version(), body.decision(), body.reason(), body.grantedUntil()), true);
    }

    @PostMapping("/{id}/review")
    RequestView review(@PathVariable long id, @Valid @RequestBody ReviewBody body) {
        return view(service.review(id, body.version(), body.outcome(), body.reason()), true);
    }

    @PostMapping("/{id}/renewal")
    RequestView renew(@PathVariable long id, @Valid @RequestBody RenewalBody body) {
        return view(service.renew(id, body.version(), body.decision(), body.reason(), body.renewedUntil()), true);
    }

    @PostMapping("/{id}/withdrawal")
    RequestView withdraw(@PathVariable long id, @Valid @RequestBody WithdrawalBody body) {
        return view(service.withdraw(id, body.version(), body.reason()), true);
    }

    private RequestView view(ConfidentialityRequest r, boolean full) {
        String openStep = null;
        List<DecisionView> decisions = List.of();
        if (full) {
            openStep = service.openTask(r.getId()).map(t -> ConfidentialityPages.stepOf(t.taskDefinitionKey())).orElse(null);
            decisions = service.decisions(r.getId()).stream().map(DecisionView::of).toList();
        }
        return new RequestView(r.getId(), r.getPartyId(), parties.get(r.getPartyId()).getName(), r.getOfficeCode(),
                r.getScope(), r.getScopeDescription(), r.getReason(), r.getReceivedOn(), r.getRequestedUntil(),
                r.getStatus(), r.getGrantedOn(), r.getGrantedUntil(), r.getNextReviewOn(), r.isPeriodicReview(), openStep,
                r.getRecordedBy(), r.getRecordedAt(), r.getVersion(), decisions);
    }
}
