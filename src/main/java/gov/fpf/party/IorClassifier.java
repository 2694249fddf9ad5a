package gov.fpf.party;

import java.util.ArrayList;
import java.util.List;

/**
 * U.S. or foreign importer of record under EO 14411 Sec. 10.
 * <ul>
 * <li>An individual is a U.S. IOR if a U.S. citizen or lawful permanent resident (10(a)).</li>
 * <li>An entity is a U.S. IOR if it is organized under U.S. law, located in the United States and controlled at all
 * times by U.S. citizens or permanent residents (10(a)); "located" needs all three of 10(c)(i)-(iii): principal place
 * of business, a physical presence with significant business activity, and sufficient tangible assets in the U.S.</li>
 * <li>Alternatively, an entity that owns a significant amount of U.S. real property is a U.S. IOR (10(a), second
 * clause), whatever the other facts.</li>
 * <li>Every other IOR is foreign (10(b)).</li>
 * </ul>
 */
public final class IorClassifier {

    public static final String CITATION = "EO 14411 Sec. 10(a)-(c)";

    private IorClassifier() {
    }

    public record Classification(IorClass iorClass, List<String> reasons) {
    }

    public static Classification classify(IorFacts f) {
        if (f.kind() == PartyKind.INDIVIDUAL) {
            return Boolean.TRUE.equals(f.usCitizenOrLpr())
                    ? new Classification(IorClass.US, List.of("Individual who is a U.S. citizen or lawful permanent resident (Sec. 10(a))."))
                    : new Classification(IorClass.FOREIGN, List.of("Individual who is neither a U.S. citizen nor a lawful permanent resident (Sec. 10(b))."));
        }
        if (Boolean.TRUE.equals(f.ownsSignificantUsRealProperty())) {
            return new Classification(IorClass.US,
                    List.of("Entity that owns a significant amount of real property in the United States (Sec. 10(a))."));
        }
        List<String> missing = new ArrayList<>();
        if (!"US".equals(f.countryOfOrganization())) {
            missing.add("organized under the laws of " + f.countryOfOrganization() + ", not of the United States");
        }
        if (!Boolean.TRUE.equals(f.principalPlaceOfBusinessUs())) {
            missing.add("principal place of business not in the United States (Sec. 10(c)(i))");
        }
        if (!Boolean.TRUE.equals(f.significantUsPresence())) {
            missing.add("no physical presence with significant business activity in the United States (Sec. 10(c)(ii))");
        }
        if (!Boolean.TRUE.equals(f.sufficientUsAssets())) {
            missing.add("insufficient tangible assets in the United States (Sec. 10(c)(iii))");
        }
        if (!Boolean.TRUE.equals(f.controllingOwnersUsPersons())) {
            missing.add("controlling beneficial owners not at all times U.S. citizens or permanent residents");
        }
        if (missing.isEmpty()) {
            return new Classification(IorClass.US, List.of("Entity organized, located (Sec. 10(c)(i)-(iii)) and controlled"
                    + " in the United States (Sec. 10(a))."));
        }
        List<String> reasons = new ArrayList<>();
        reasons.add("Foreign IOR (Sec. 10(b)); no significant U.S. real property, and:");
        missing.forEach(m -> reasons.add("- " + m));
        return new Classification(IorClass.FOREIGN, List.copyOf(reasons));
    }
}
