package gov.fpf.bond;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
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

@RestController
@RequestMapping("/api/v1/bonds")
public class BondController {

    private final BondService bondService;

    BondController(BondService bondService) {
        this.bondService = bondService;
    }

    public record NewBondRequest(
            @Pattern(regexp = "[A-Za-z0-9-]{1,32}", message = "must be up to 32 letters, digits or hyphens") String bondNumber,
            @NotNull @Positive Long principalPartyId,
            @NotBlank @Size(max = 200) String suretyName,
            @NotNull BondType type,
            @NotNull BondActivity activity,
            @NotNull @DecimalMin(value = "0.01", message = "must be at least 0.01 dollars")
            @DecimalMax(value = "9999999999999.99") @Digits(integer = 13, fraction = 2, message = "must be dollars with at most two decimals")
            BigDecimal amount,
            LocalDate effectiveDate,
            Boolean foreignContinuousPermitted,
            @Size(max = 200) String permitReference) {

        public BondService.NewBond toBond() {
            return new BondService.NewBond(bondNumber, principalPartyId, suretyName, type, activity, amount,
                    effectiveDate, Boolean.TRUE.equals(foreignContinuousPermitted), permitReference);
        }
    }

    record BondView(long id, String bondNumber, long principalPartyId, String suretyName, BondType type,
                    BondActivity activity, String activityCitation, BigDecimal amount, LocalDate effectiveDate,
                    boolean foreignContinuousPermitted, String permitReference, String eoNote, long version) {
        static BondView of(Bond b) {
            return new BondView(b.getId(), b.getBondNumber(), b.getPrincipalPartyId(), b.getSuretyName(), b.getType(),
                    b.getActivity(), b.getActivity().citation(), b.getAmount(), b.getEffectiveDate(),
                    b.isForeignContinuousPermitted(), b.getPermitReference(), b.getEoNote(), b.getVersion());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    BondView create(@Valid @RequestBody NewBondRequest body) {
        return BondView.of(bondService.create(body.toBond()));
    }

    @GetMapping("/{id}")
    BondView get(@PathVariable long id) {
        return BondView.of(bondService.get(id));
    }

    @GetMapping
    List<BondView> ofPrincipal(@RequestParam long principalPartyId) {
        return bondService.ofPrincipal(principalPartyId).stream().map(BondView::of).toList();
    }
}
