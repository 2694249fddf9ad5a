package gov.fpf.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** EO 14411 Sec. 10: each case names the clause that decides it. */
class IorClassifierTest {

    static Stream<Arguments> sec10Cases() {
        return Stream.of(
                Arguments.of("10(a) individual U.S. citizen or LPR", IorFacts.individual(true), IorClass.US),
                Arguments.of("10(b) individual neither citizen nor LPR", IorFacts.individual(false), IorClass.FOREIGN),
                Arguments.of("10(a) entity organized, located and controlled in the U.S.",
                        IorFacts.entity("US", true, true, true, true, false), IorClass.US),
                Arguments.of("10(b) entity organized abroad, everything else in the U.S.",
                        IorFacts.entity("CA", true, true, true, true, false), IorClass.FOREIGN),
                Arguments.of("10(c)(i) U.S. shell: principal place of business abroad",
                        IorFacts.entity("US", false, true, true, true, false), IorClass.FOREIGN),
                Arguments.of("10(c)(ii) U.S. shell: no significant physical presence",
                        IorFacts.entity("US", true, false, true, true, false), IorClass.FOREIGN),
                Arguments.of("10(c)(iii) instrumentality of a foreign manufacturer without sufficient U.S. assets",
                        IorFacts.entity("US", true, true, false, true, false), IorClass.FOREIGN),
                Arguments.of("10(a) U.S.-organized and located but controlled by foreign owners",
                        IorFacts.entity("US", true, true, true, false, false), IorClass.FOREIGN),
                Arguments.of("10(a) second clause: foreign entity owning significant U.S. real property",
                        IorFacts.entity("DE", false, false, false, false, true), IorClass.US),
                Arguments.of("10(a) second clause: U.S. shell that owns significant U.S. real property",
                        IorFacts.entity("US", false, false, false, false, true), IorClass.US),
                Arguments.of("10(b) foreign in every respect", IorFacts.entity("CN", false, false, false, false, false),
                        IorClass.FOREIGN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sec10Cases")
    void classifiesImportersOfRecordAsSec10Says(String clause, IorFacts facts, IorClass expected) {
        IorClassifier.Classification result = IorClassifier.classify(facts);

        assertThat(result.iorClass()).as(clause).isEqualTo(expected);
        assertThat(result.reasons()).isNotEmpty();
    }

    @org.junit.jupiter.api.Test
    void foreignClassificationNamesEveryMissingElement() {
        IorClassifier.Classification result = IorClassifier.classify(IorFacts.entity("US", false, true, false, false, false));

        assertThat(result.reasons()).hasSize(4)
                .anyMatch(r -> r.contains("10(c)(i)"))
                .anyMatch(r -> r.contains("10(c)(iii)"))
                .anyMatch(r -> r.contains("controlling beneficial owners"))
                .noneMatch(r -> r.contains("10(c)(ii)"));
    }
}
