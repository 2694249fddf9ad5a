package gov.fpf.confidentiality;

/** Where a confidentiality request stands; only {@link #REQUESTED} and {@link #GRANTED} are live. */
public enum ConfidentialityStatus {
    REQUESTED, GRANTED, DENIED, EXPIRED, WITHDRAWN;

    public boolean isClosed() {
        return this == DENIED || this == EXPIRED || this == WITHDRAWN;
    }
}
