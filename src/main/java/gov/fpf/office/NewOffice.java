package gov.fpf.office;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator gives to add an office (POST /api/v1/offices and the /admin/offices page); a blank zone is headquarters'. */
public record NewOffice(
        @NotBlank @Pattern(regexp = "[A-Z0-9]{2,16}", message = "must be 2 to 16 capital letters or digits") String code,
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Size(max = 40) String kind,
        @Size(max = 64) String timeZone) {

    public String zoneOrDefault() {
        return timeZone == null || timeZone.isBlank() ? OfficeCalendar.DEFAULT_ZONE.getId() : timeZone;
    }
}
