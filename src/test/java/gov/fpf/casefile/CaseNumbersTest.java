package gov.fpf.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CaseNumbersTest {

    @Test
    void caseNumbersHaveOneFormatForAllFamilies() {
        assertThat(CaseNumbers.format(2026, CaseFamily.PENALTY, 123)).isEqualTo("2026-PEN-000123");
        assertThat(CaseNumbers.format(2026, CaseFamily.LIQUIDATED_DAMAGES, 1)).isEqualTo("2026-LQD-000001");
        assertThat(CaseNumbers.format(2027, CaseFamily.SEIZURE, 999_999)).isEqualTo("2027-SEZ-999999");
    }

    @Test
    void aYearAndFamilyCannotOverflowSixDigits() {
        assertThatThrownBy(() -> CaseNumbers.format(2026, CaseFamily.PENALTY, 1_000_000))
                .isInstanceOf(IllegalStateException.class);
    }
}
