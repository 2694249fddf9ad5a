package gov.fpf.confidentiality;

import java.util.Arrays;

import gov.fpf.system.CurrentUser;
import gov.fpf.system.Roles;

/**
 * Who sees confidentiality requests: officers and supervisors (who record them), headquarters and counsel. Custodians
 * of seized property and designers do not: a request is about a party's sensitive data, not its property or a model.
 */
public final class ConfidentialityAccess {

    public static final String[] READERS = {Roles.OFFICER, Roles.SUPERVISOR, Roles.HQ, Roles.COUNSEL};

    public static boolean canRead() {
        return Arrays.stream(READERS).anyMatch(CurrentUser.groups()::contains);
    }

    public static boolean canRecord() {
        return CurrentUser.groups().contains(Roles.OFFICER) || CurrentUser.groups().contains(Roles.SUPERVISOR);
    }

    public static boolean canDecide() {
        return CurrentUser.groups().contains(Roles.SUPERVISOR);
    }

    private ConfidentialityAccess() {
    }
}
