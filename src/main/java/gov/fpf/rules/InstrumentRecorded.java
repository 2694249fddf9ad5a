package gov.fpf.rules;

import java.time.LocalDate;
import java.util.Set;

/**
 * Published inside the recording transaction when an implementing instrument is recorded, so what is derived from the
 * rules in force (good standing kept on the party) is derived again once it is committed.
 */
public record InstrumentRecorded(long instrumentId, LocalDate effectiveDate, Set<EoRule> rules) {
}
