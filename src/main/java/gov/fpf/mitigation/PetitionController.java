package gov.fpf.mitigation;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/cases/{caseNumber}/petitions")
class PetitionController {

    private final PetitionService petitions;

    PetitionController(PetitionService petitions) {
        this.petitions = petitions;
    }

    record NewPetition(
            @NotNull @PastOrPresent LocalDate filedDate,
            @PastOrPresent LocalDate receivedDate,
            @NotNull Boolean supplemental,
            @DecimalMin("0.00") @Digits(integer = 13, fraction = 2, message = "must be dollars with at most two decimals")
            BigDecimal requestedAmount,
            @NotBlank @Size(max = 4000) String grounds,
            @Pattern(regexp = "PETITIONER|PRINCIPAL|SURETY", message = "must be PETITIONER, PRINCIPAL or SURETY") String filedBy) {
    }

    record PetitionView(long id, String caseNumber, LocalDate filedDate, LocalDate receivedDate, boolean supplemental,
                        String filedBy, BigDecimal requestedAmount, boolean timely, LocalDate dueDate, String status) {
    }

    record LateDecision(@NotNull Boolean accept, @NotBlank @Size(max = 2000) String reason) {
    }

    /** The FP&F Officer's recorded decision on a late petition: accept it for review or refuse it (19 CFR 171.2). */
    @PostMapping("/{petitionId}/late-decision")
    PetitionView decideLate(@PathVariable String caseNumber, @PathVariable long petitionId,
                            @Valid @RequestBody LateDecision body) {
        return petitions.decideLate(caseNumber, petitionId, body.accept(), body.reason());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PetitionView receive(@PathVariable String caseNumber, @Valid @RequestBody NewPetition body) {
        return petitions.receive(caseNumber, body.filedDate(), body.receivedDate() == null ? body.filedDate() : body.receivedDate(),
                body.supplemental(), body.requestedAmount(), body.grounds(), body.filedBy() == null ? "PETITIONER" : body.filedBy());
    }
}
