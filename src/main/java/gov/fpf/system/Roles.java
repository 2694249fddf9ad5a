package gov.fpf.system;

import java.util.List;

/** The engine's groups, used as Spring Security authorities one to one. */
public final class Roles {

    public static final String OFFICER = "fpf-officer";
    public static final String SUPERVISOR = "fpf-supervisor";
    public static final String HQ = "fpf-hq";
    public static final String DESIGNER = "fpf-designer";
    public static final String CUSTODIAN = "seized-property-custodian";
    public static final String COUNSEL = "chief-counsel";
    public static final String ADMIN = "camunda-admin";

    /** Groups that see every office's cases instead of their own offices'. */
    public static final List<String> ALL_OFFICES = List.of(HQ, COUNSEL);

    /** Groups that open cases and record case facts. */
    public static final String[] CASE_WRITERS = {OFFICER, SUPERVISOR};

    /** Groups that read case files (office scoping applies on top). */
    public static final String[] CASE_READERS = {OFFICER, SUPERVISOR, HQ, CUSTODIAN, COUNSEL};

    /** Groups whose members claim and complete tasks. */
    /** Who records custody events: the custodians, and officers and supervisors. */
    public static final String[] SEIZURE_CUSTODY = {OFFICER, SUPERVISOR, CUSTODIAN};

    /**
     * Headquarters works the tasks offered to it (e.g. approving a fraud pre-penalty notice below domestic value,
     * 19 CFR Part 171 App. B (E)(1)(b)(i)); the engine's per-task grants keep it to those.
     */
    public static final String[] TASK_WORKERS = {OFFICER, SUPERVISOR, CUSTODIAN, COUNSEL, HQ};

    public static final List<String> ALL = List.of(OFFICER, SUPERVISOR, HQ, DESIGNER, CUSTODIAN, COUNSEL, ADMIN);

    private Roles() {
    }
}
