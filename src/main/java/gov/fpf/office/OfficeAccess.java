package gov.fpf.office;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Service;

import gov.fpf.system.CurrentUser;
import gov.fpf.system.Problems;

/**
 * Which offices the caller may see and work. Officers, supervisors and custodians: the offices they belong to;
 * headquarters and counsel: all offices.
 */
@Service
public class OfficeAccess {

    private final OfficeMemberships memberships;
    private final OfficeRepository offices;

    OfficeAccess(OfficeMemberships memberships, OfficeRepository offices) {
        this.memberships = memberships;
        this.offices = offices;
    }

    public Set<String> visibleOffices() {
        if (CurrentUser.seesAllOffices()) {
            Set<String> all = new TreeSet<>();
            offices.findAll().forEach(o -> all.add(o.getCode()));
            return all;
        }
        return memberships.officesOf(CurrentUser.id());
    }

    /** The offices the caller belongs to: where the caller may open cases (headquarters' wider view not included). */
    public Set<String> ownOffices() {
        return new TreeSet<>(memberships.officesOf(CurrentUser.id()));
    }

    public boolean canSee(String officeCode) {
        return CurrentUser.seesAllOffices() || memberships.officesOf(CurrentUser.id()).contains(officeCode);
    }

    /**
     * The office a new case goes to: the one named, if the caller belongs to it, otherwise the caller's only office.
     */
    public String officeForNewCase(String requestedOfficeCode) {
        Set<String> mine = memberships.officesOf(CurrentUser.id());
        if (requestedOfficeCode != null && !requestedOfficeCode.isBlank()) {
            if (!offices.existsById(requestedOfficeCode)) {
                throw new Problems.InvalidInput("officeCode: there is no FP&F office '" + requestedOfficeCode + "'.");
            }
            if (!mine.contains(requestedOfficeCode)) {
                throw new Problems.Forbidden("You do not belong to office " + requestedOfficeCode
                        + "; open the case in one of your offices " + mine + ".");
            }
            return requestedOfficeCode;
        }
        if (mine.size() == 1) {
            return mine.iterator().next();
        }
        if (mine.isEmpty()) {
            throw new Problems.Forbidden("You belong to no FP&F office, so you cannot open cases. Ask an administrator"
                    + " to add you to your office.");
        }
        throw new Problems.InvalidInput("officeCode: you belong to several offices " + mine + "; name the one for this case.");
    }
}
