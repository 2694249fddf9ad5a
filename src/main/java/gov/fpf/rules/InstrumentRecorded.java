package gov.fpf.rules;

import java.time.LocalDate;
import java.util.Set;

/** Published when an implementing instrument is recorded, for what depends on a rule being in force (risk tiers). */
public record InstrumentRecorded(long instrumentId, LocalDate effectiveDate, Set<EoRule> rules) {
}
