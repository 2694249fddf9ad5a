package gov.fpf.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import gov.fpf.ApplicationTest;
import gov.fpf.foreignior.ForeignIorRules;

/**
 * The demo's foreign-IOR cases (issue 15 item 6), seeded as the demo start does: two DEMO 1592 cases against one
 * DEMO foreign IOR, under this context's DEMO instrument; a second run adds nothing. The seeder does nothing when a
 * foreign-IOR case exists already, which other tests of the suite may have opened first.
 */
class ForeignIorDemoCasesTest extends ApplicationTest {

    @Autowired
    ForeignIorDemoCases seeder;

    @Autowired
    ForeignIorRules foreignIor;

    private long demoCases() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM case_file c JOIN party p ON p.id = c.party_id"
                + " JOIN penalty_case_foreign_ior f ON f.case_id = c.id"
                + " WHERE p.name = 'DEMO Yiwu Small Parcel Trading Co' AND c.demo = TRUE", Long.class);
    }

    @Test
    void theDemoSeedsBothViolationsOnce() {
        boolean chargedBefore = foreignIor.anyCharged();
        long before = demoCases();

        seeder.seed(SEAPORT, EXPRESS_HUB);
        assertThat(demoCases()).isEqualTo(chargedBefore ? before : before + 2);
        assertThat(foreignIor.anyCharged()).isTrue();

        long after = demoCases();
        seeder.seed(SEAPORT, EXPRESS_HUB);
        assertThat(demoCases()).isEqualTo(after);
    }
}
