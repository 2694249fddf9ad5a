package gov.fpf.rules.penalties;

/**
 * What a licensed customs broker did, recorded at the intake of a 19 U.S.C. 1641 penalty case. The first three are the
 * conduct EO 14411 Sec. 4(a) names ("brokers who, for example, fail to conduct due diligence, repeatedly represent
 * noncompliant clients, or fail to cooperate in a timely manner with requests for information by CBP"): once the rule
 * BROKER_MAXIMUM is in force such a case is assessed at the statutory maximum and not mitigated below it. The fourth is
 * the 1641(i)(3) penalty for failing to verify an importer's identity: a sum per violation with no aggregate limit.
 */
public enum BrokerConduct {
    NO_DUE_DILIGENCE(true),
    REPEATED_NONCOMPLIANT_CLIENTS(true),
    UNTIMELY_COOPERATION(true),
    IDENTITY_VERIFICATION(false);

    private final boolean namedByTheOrder;

    BrokerConduct(boolean namedByTheOrder) {
        this.namedByTheOrder = namedByTheOrder;
    }

    /** one of the kinds EO 14411 Sec. 4(a) ties to the maximum penalty */
    public boolean namedByTheOrder() {
        return namedByTheOrder;
    }

    /** how the trace and the notices name it */
    public String describe() {
        return switch (this) {
            case NO_DUE_DILIGENCE -> "failure to conduct due diligence";
            case REPEATED_NONCOMPLIANT_CLIENTS -> "repeatedly representing noncompliant clients";
            case UNTIMELY_COOPERATION -> "failure to cooperate in a timely manner with CBP's requests for information";
            case IDENTITY_VERIFICATION -> "failure to verify an importer's identity";
        };
    }
}
