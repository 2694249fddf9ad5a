package gov.fpf.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The statutes a case file may name, as the case file writes them (law reference 1.2, 1.5, 3 and 6). Anything else is
 * a typing error, not a law: free text here ended up in violation histories ("BOGUS", "true", "1e+308").
 */
public final class Statutes {

    /** The penalty statutes of case type A, as {@code gov.fpf.rules.penalties.PenaltyStatute} writes them. */
    public static final List<String> PENALTY = List.of("1592", "1641", "1526f", "1595a");

    /**
     * The seizure authorities the seizure process handles, Title 19 and the non-Title-19 (CAFRA, 18 U.S.C. 983) ones:
     * the closed list of {@link SeizureStatute}. Kept to what fits a violation record as "SEIZURE " + statute.
     */
    public static final List<String> SEIZURE = SeizureStatute.texts();

    /** The violation-history statute of a liquidated-damages claim. */
    public static final String LIQUIDATED_DAMAGES = "LD";

    /** How a seizure's finding is written in the party's violation history. */
    public static final String SEIZURE_VIOLATION_PREFIX = "SEIZURE ";

    private static final Set<String> VIOLATION;

    static {
        Set<String> all = new LinkedHashSet<>(PENALTY);
        all.add("1497");
        all.add(LIQUIDATED_DAMAGES);
        SEIZURE.forEach(s -> all.add(SEIZURE_VIOLATION_PREFIX + s));
        VIOLATION = Set.copyOf(all);
    }

    private Statutes() {
    }

    /** The seizure statute as the case file writes it, whatever the letter case and surrounding blanks; empty if unknown. */
    public static Optional<String> seizure(String value) {
        return SeizureStatute.of(value).map(SeizureStatute::text);
    }

    /** The violation-history statute as written, or empty if it names no statute this system knows. */
    public static Optional<String> violation(String value) {
        return canonical(value, VIOLATION);
    }

    public static List<String> violationStatutes() {
        return VIOLATION.stream().sorted().toList();
    }

    private static Optional<String> canonical(String value, java.util.Collection<String> known) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.strip();
        return known.stream().filter(s -> s.equalsIgnoreCase(wanted)).findFirst();
    }
}
