package gov.fpf.rules;

import java.math.BigDecimal;
import java.util.List;


/** An amount in dollars and cents with the steps that produced it, in order; the last step states the result. */
public record Computation(BigDecimal amount, List<TraceStep> steps) {

    public Computation {
        steps = List.copyOf(steps);
    }
}
