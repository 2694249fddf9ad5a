package gov.fpf.seizure;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the custody receipt (CBP Form 6051S). */
@Entity
@Table(name = "seizure_item")
public class SeizureItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false)
    private Long caseId;
    @Column(name = "line_no", nullable = false)
    private int lineNo;
    @Column(name = "description", nullable = false, length = 500)
    private String description;
    @Column(name = "quantity", nullable = false)
    private int quantity;
    @Column(name = "appraised_value", nullable = false, precision = 15, scale = 2)
    private BigDecimal appraisedValue;
    @Column(name = "perishable", nullable = false)
    private boolean perishable;
    @Column(name = "prohibited", nullable = false)
    private boolean prohibited;
    @Column(name = "counterfeit", nullable = false)
    private boolean counterfeit;
    /** Sold in a 1612 summary sale of perishable items; its proceeds stand in for it. */
    @Column(name = "summarily_sold", nullable = false)
    private boolean summarilySold;

    protected SeizureItem() {
    }

    SeizureItem(Long caseId, int lineNo, String description, int quantity, BigDecimal appraisedValue,
                boolean perishable, boolean prohibited, boolean counterfeit) {
        this.caseId = caseId;
        this.lineNo = lineNo;
        this.description = description;
        this.quantity = quantity;
        this.appraisedValue = appraisedValue;
        this.perishable = perishable;
        this.prohibited = prohibited;
        this.counterfeit = counterfeit;
    }

    public Long getId() { return id; }
    public int getLineNo() { return lineNo; }
    public String getDescription() { return description; }
    public int getQuantity() { return quantity; }
    public BigDecimal getAppraisedValue() { return appraisedValue; }
    public boolean isPerishable() { return perishable; }
    public boolean isProhibited() { return prohibited; }
    public boolean isCounterfeit() { return counterfeit; }
    public boolean isSummarilySold() { return summarilySold; }

    void summarilySold() {
        this.summarilySold = true;
    }
}
