package gov.fpf.seizure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Items and facts for the seizure rule tests. */
final class SeizureFixtures {

    static final LocalDate SEIZED = LocalDate.of(2026, 1, 5);

    private SeizureFixtures() {
    }

    static SeizedItem goods(String value) {
        return new SeizedItem("machine parts", 10, new BigDecimal(value), false, false, false);
    }

    static SeizedItem counterfeit(String value) {
        return new SeizedItem("handbags bearing counterfeit marks", 500, new BigDecimal(value), false, false, true);
    }

    static SeizedItem prohibited(String value) {
        return new SeizedItem("prohibited articles", 1, new BigDecimal(value), false, true, false);
    }

    static SeizedItem produce(String value) {
        return new SeizedItem("fresh produce", 200, new BigDecimal(value), true, false, false);
    }

    static SeizureFacts facts(SeizedItem... items) {
        return new SeizureFacts(SEIZED, "1595a(c)", List.of(items), false, false, new BigDecimal("25.00"), false, false,
                false, false);
    }

    static SeizureFacts facts(boolean drugConveyance, boolean monetaryInstrument, SeizedItem... items) {
        return new SeizureFacts(SEIZED, "1595a(c)", List.of(items), drugConveyance, monetaryInstrument,
                new BigDecimal("25.00"), false, false, false, false);
    }

    static SeizureFacts risk(boolean flagged, boolean hazardous, boolean repeatOffender, boolean foreignNotInGoodStanding,
                             SeizedItem... items) {
        return new SeizureFacts(SEIZED, "1595a(c)", List.of(items), false, false, new BigDecimal("25.00"), hazardous,
                flagged, repeatOffender, foreignNotInGoodStanding);
    }

    static BigDecimal usd(String amount) {
        return new BigDecimal(amount);
    }
}
