package gov.fpf.process;

/** Variables every case process carries: references and the few values gateways and timers need, never the case file. */
public final class ProcessVariables {

    public static final String CASE_NUMBER = "caseNumber";
    public static final String OFFICE_CODE = "officeCode";

    private ProcessVariables() {
    }
}
