package gov.fpf.vetting;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import gov.fpf.office.OfficeAccess;
import gov.fpf.system.Problems;

/**
 * {@code GET /api/v1/vettings}: with {@code due=YYYY-MM-DD} the open vettings in the caller's offices due on or before
 * that day (today: the overdue ones and those due today); with {@code partyId} the party's vettings, newest first
 * (parties are not office-scoped, nor is their vetting record).
 */
@RestController
@RequestMapping("/api/v1/vettings")
class VettingController {

    private final VettingService vettings;
    private final OfficeAccess officeAccess;

    VettingController(VettingService vettings, OfficeAccess officeAccess) {
        this.vettings = vettings;
        this.officeAccess = officeAccess;
    }

    @GetMapping
    List<VettingService.VettingView> list(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due,
            @RequestParam(required = false) Long partyId) {
        if ((due == null) == (partyId == null)) {
            throw new Problems.InvalidInput("Name either due (YYYY-MM-DD: open vettings due on or before that day) or"
                    + " partyId (the party's vetting history), not both and not neither.");
        }
        if (due != null) {
            return vettings.dueBy(due, officeAccess.visibleOffices());
        }
        return vettings.history(partyId);
    }
}
