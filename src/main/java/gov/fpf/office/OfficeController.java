package gov.fpf.office;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/offices")
class OfficeController {

    private final OfficeService officeService;

    OfficeController(OfficeService officeService) {
        this.officeService = officeService;
    }

    record OfficeView(String code, String name, String kind, String timeZone, MailingAddress mailingAddress,
                      List<String> mailingAddressLines, long version) {
        static OfficeView of(Office office) {
            return new OfficeView(office.getCode(), office.getName(), office.getKind(), office.getTimeZone(),
                    office.getAddress(), office.getAddress() == null ? List.of() : office.getAddress().lines(),
                    office.getVersion());
        }
    }

    /** the address with the version the administrator saw (409 when someone changed the office since) */
    record AddressChange(@NotNull @Valid MailingAddress mailingAddress, @NotNull @PositiveOrZero Long version) {
    }

    @GetMapping
    List<OfficeView> list() {
        return officeService.all().stream().map(OfficeView::of).toList();
    }

    /** Administrators add offices; users join them in Camunda Admin (Tenants), since an office is a tenant. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    OfficeView create(@Valid @RequestBody NewOffice body) {
        return OfficeView.of(officeService.create(body.code(), body.name(), body.kind(), body.zoneOrDefault()));
    }

    /** PUT /api/v1/offices/{code}/address: where the office's letters come from (administrators; 409 on a stale version). */
    @PutMapping("/{code}/address")
    OfficeView changeAddress(@PathVariable String code, @Valid @RequestBody AddressChange body) {
        return OfficeView.of(officeService.changeAddress(code, body.version(), body.mailingAddress()));
    }
}
