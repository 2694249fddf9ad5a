package gov.fpf.casefile;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One line of a computation trace: what was computed, the result, the formula, the law and the parameter row used.
 * Written in batches by {@link CaseFileService#addComputation}, read here.
 */
@Immutable
@Entity
@Table(name = "computation_step")
public class ComputationStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "seq", nullable = false)
    private int seq;

    @Column(name = "step", nullable = false, length = 120)
    private String step;

    @Column(name = "result", nullable = false, length = 64)
    private String result;

    @Column(name = "rule_text", nullable = false, length = 1000)
    private String rule;

    @Column(name = "citation", nullable = false, length = 200)
    private String citation;

    @Column(name = "parameter_ref", length = 200)
    private String parameterRef;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    protected ComputationStep() {
    }

    public int getSeq() {
        return seq;
    }

    public String getStep() {
        return step;
    }

    public String getResult() {
        return result;
    }

    public String getRule() {
        return rule;
    }

    public String getCitation() {
        return citation;
    }

    public String getParameterRef() {
        return parameterRef;
    }
}
