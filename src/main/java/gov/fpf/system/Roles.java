package gov.fpf.system;

import java.util.List;

/** The engine's groups, used as Spring Security authorities one to one. */
public final class Roles {

    public static final String OFFICER = "fpf-officer";
    public static final String SUPERVISOR = "fpf-supervisor";
    public static final String HQ = "fpf-hq";
    /**
     * Headquarters deciding authorities of the petition routing table (PetitionRouting.dmn, candidateGroup): they work
     * the petitions routed to them in every office (19 CFR 171.12, 171.62; 172.12, 172.42).
     */
    public static final String HQ_FIELD_OFFICIAL = "fpf-hq-field-official";
    public static final String HQ_PENALTIES_BRANCH = "fpf-hq-penalties-branch";
    public static final String HQ_DIRECTOR_BSTC = "fpf-hq-director-bstc";
    public static final List<String> HQ_DECIDERS = List.of(HQ_FIELD_OFFICIAL, HQ_PENALTIES_BRANCH, HQ_DIRECTOR_BSTC);
    public static final String DESIGNER = "fpf-designer";
    public static final String CUSTODIAN = "seized-property-custodian";
    public static final String COUNSEL = "chief-counsel";
    public static final String ADMIN = "camunda-admin";

    /** Groups that see every office's cases instead of their own offices'. */
    public static final List<String> ALL_OFFICES = List.of(HQ, COUNSEL, HQ_FIELD_OFFICIAL, HQ_PENALTIES_BRANCH,
            HQ_DIRECTOR_BSTC);

    /** Groups that open cases and record case facts. */
    public static final String[] CASE_WRITERS = {OFFICER, SUPERVISOR};

    /** Groups that read case files (office scoping applies on top). */
    public static final String[] CASE_READERS = {OFFICER, SUPERVISOR, HQ, CUSTODIAN, COUNSEL, HQ_FIELD_OFFICIAL,
            HQ_PENALTIES_BRANCH, HQ_DIRECTOR_BSTC};

    /** Who records custody events: the custodians, and officers and supervisors. */
    public static final String[] SEIZURE_CUSTODY = {OFFICER, SUPERVISOR, CUSTODIAN};

    /**
     * Groups whose members claim and complete tasks. Headquarters works the tasks offered to it (e.g. approving a
     * fraud pre-penalty notice below domestic value, 19 CFR Part 171 App. B (E)(1)(b)(i)), and the headquarters
     * deciding groups the petitions the routing table sends them (171.12, 171.62); the engine's per-task grants keep
     * each to those.
     */
    public static final String[] TASK_WORKERS = {OFFICER, SUPERVISOR, CUSTODIAN, COUNSEL, HQ, HQ_FIELD_OFFICIAL,
            HQ_PENALTIES_BRANCH, HQ_DIRECTOR_BSTC};

    public static final List<String> ALL = List.of(OFFICER, SUPERVISOR, HQ, DESIGNER, CUSTODIAN, COUNSEL, ADMIN,
            HQ_FIELD_OFFICIAL, HQ_PENALTIES_BRANCH, HQ_DIRECTOR_BSTC);

    private Roles() {
    }
}
