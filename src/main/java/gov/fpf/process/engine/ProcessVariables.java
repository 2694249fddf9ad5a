package gov.fpf.process.engine;

/** Variables every case process carries: references and the few values gateways and timers need, never the case file. */
public final class ProcessVariables {

    public static final String CASE_NUMBER = "caseNumber";
    public static final String OFFICE_CODE = "officeCode";

    /** Amounts for the engine and its forms: Double, since the engine would store a BigDecimal as a Java object. */
    public static Double number(java.math.BigDecimal amount) {
        return amount == null ? null : amount.doubleValue();
    }

    private ProcessVariables() {
    }
}
