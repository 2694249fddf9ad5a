package gov.fpf.liquidateddamages.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What became of one line of an imported file: the case it opened, or why it was skipped or refused. */
@Entity
@Table(name = "ld_import_row")
public class LdImportRow {

    public enum Outcome { CREATED, SKIPPED, REFUSED }

    /**
     * Why a line did not become a claim. SKIPPED: {@link #DUPLICATE}, {@link #OUTSIDE_STATUTE}; REFUSED: the others.
     */
    public enum Reason {
        /** a claim for the same bond, breach, entry and date exists (from an earlier line, file or user) */
        DUPLICATE,
        /** the period to claim on the bond ran out (28 U.S.C. 2415(a)) */
        OUTSIDE_STATUTE,
        /** no bond with that number or id */
        UNKNOWN_BOND,
        /** the line cannot be read, or its facts cannot make a claim */
        INVALID,
        /** a legal rule refuses the claim */
        RULE,
        /** the line failed for a reason of ours, not of the file; the log has the details */
        ERROR;

        Outcome outcome() {
            return this == DUPLICATE || this == OUTSIDE_STATUTE ? Outcome.SKIPPED : Outcome.REFUSED;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "import_id", nullable = false)
    private Long importId;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "outcome", nullable = false, length = 16)
    private Outcome outcome;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "reason_code", length = 24)
    private Reason reasonCode;

    @Column(name = "reason", length = 1000)
    private String reason;

    @Column(name = "case_number", length = 20)
    private String caseNumber;

    /** the bond as the line names it: its number, its id, or both (empty for lines imported before V29) */
    @Column(name = "bond_number", length = 32)
    private String bondNumber;

    @Column(name = "bond_id")
    private Long bondId;

    /** the entry the breach concerns, as the line gives it */
    @Column(name = "entry_number", length = 32)
    private String entryNumber;

    protected LdImportRow() {
    }

    private LdImportRow(Long importId, int lineNo, Outcome outcome, Reason reasonCode, String reason, String caseNumber) {
        this.importId = importId;
        this.lineNo = lineNo;
        this.outcome = outcome;
        this.reasonCode = reasonCode;
        this.reason = reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 997) + "...";
        this.caseNumber = caseNumber;
    }

    static LdImportRow created(Long importId, int lineNo, String caseNumber) {
        return new LdImportRow(importId, lineNo, Outcome.CREATED, null, null, caseNumber);
    }

    static LdImportRow notCreated(Long importId, int lineNo, Reason reason, String detail) {
        return new LdImportRow(importId, lineNo, reason.outcome(), reason, detail, null);
    }

    /** The bond and entry of the line, as the file gave them (cut to the column's width). */
    LdImportRow of(BreachFile.Line line) {
        if (line != null) {
            this.bondNumber = cut(line.bondNumber());
            this.bondId = line.bondId();
            this.entryNumber = line.breach() == null ? null : cut(line.breach().entryNumber());
        }
        return this;
    }

    private static String cut(String value) {
        return value == null || value.length() <= 32 ? value : value.substring(0, 32);
    }

    public Long getId() { return id; }
    public Long getImportId() { return importId; }
    public int getLineNo() { return lineNo; }
    public Outcome getOutcome() { return outcome; }
    public Reason getReasonCode() { return reasonCode; }
    public String getReason() { return reason; }
    public String getCaseNumber() { return caseNumber; }
    public String getBondNumber() { return bondNumber; }
    public Long getBondId() { return bondId; }
    public String getEntryNumber() { return entryNumber; }
}
