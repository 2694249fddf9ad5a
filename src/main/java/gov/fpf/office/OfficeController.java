package gov.fpf.office;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
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

    record OfficeView(String code, String name, String kind, String timeZone) {
        static OfficeView of(Office office) {
            return new OfficeView(office.getCode(), office.getName(), office.getKind(), office.getTimeZone());
        }
    }

    record NewOffice(
            @NotBlank @Pattern(regexp = "[A-Z0-9]{2,16}", message = "must be 2 to 16 capital letters or digits") String code,
            @NotBlank @Size(max = 120) String name,
            @NotBlank @Size(max = 40) String kind,
            @Size(max = 64) String timeZone) {
    }

    @GetMapping
    List<OfficeView> list() {
        return officeService.all().stream().map(OfficeView::of).toList();
    }

    /** Administrators add offices; users join them in Camunda Admin (Tenants), since an office is a tenant. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    OfficeView create(@Valid @RequestBody NewOffice body) {
        return OfficeView.of(officeService.create(body.code(), body.name(), body.kind(),
                body.timeZone() == null ? OfficeCalendar.DEFAULT_ZONE.getId() : body.timeZone()));
    }
}
