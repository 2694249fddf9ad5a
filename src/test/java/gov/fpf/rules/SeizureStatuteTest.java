package gov.fpf.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The closed list of seizure statutes: Title 19 ones follow the Tariff Act, the others CAFRA (18 U.S.C. 983). */
class SeizureStatuteTest {

    @Test
    void title19StatutesAreNotCafraAndTheNonTitle19OnesAre() {
        assertThat(SeizureStatute.of("1595a(c)")).contains(SeizureStatute.S1595A_C);
        assertThat(SeizureStatute.S1595A_C.cafra()).isFalse();
        assertThat(SeizureStatute.S1526_E.cafra()).isFalse();
        assertThat(SeizureStatute.of("31 U.S.C. 5317")).contains(SeizureStatute.USC31_5317);
        assertThat(SeizureStatute.USC31_5317.cafra()).isTrue();
        assertThat(SeizureStatute.USC18_981.cafra()).isTrue();
        assertThat(SeizureStatute.USC18_545.cafra()).isTrue();
        assertThat(SeizureStatute.USC31_5317.citation()).contains("18 U.S.C. 983");
    }

    @Test
    void lookupIgnoresCaseAndBlanksButNothingElse() {
        assertThat(SeizureStatute.of("  31 u.s.c.  5317 ")).contains(SeizureStatute.USC31_5317);
        assertThat(SeizureStatute.of("31 USC 5317")).isEmpty();
        assertThat(SeizureStatute.of("31 U.S.C. 9999")).isEmpty();
        assertThat(SeizureStatute.of(null)).isEmpty();
        assertThat(Statutes.seizure("1526(E)")).contains("1526(e)");
        assertThat(Statutes.violation("SEIZURE 31 U.S.C. 5317")).contains("SEIZURE 31 U.S.C. 5317");
    }
}
