package gov.fpf.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import gov.fpf.ApplicationTest;
import gov.fpf.casefile.CaseFamily;
import gov.fpf.casefile.CaseFileRepository;
import gov.fpf.liquidateddamages.LdDemoCases;
import gov.fpf.penalty.PenaltyDemoCases;
import gov.fpf.seizure.SeizureDemoCases;

/**
 * The embedded default's demo cases. The test profile does not seed them at start (each test makes the cases it
 * asserts on), so this test runs the seeders the way the demo start does: they work on this schema and models, and a
 * second run adds nothing. A seeder does nothing for a family that already has cases, so run alone this test seeds the
 * demo cases themselves; within the suite other tests may have opened cases of a family first.
 */
class DemoCasesTest extends ApplicationTest {

    @Autowired
    PenaltyDemoCases penaltyDemoCases;

    @Autowired
    LdDemoCases ldDemoCases;

    @Autowired
    SeizureDemoCases seizureDemoCases;

    @Autowired
    CaseFileRepository caseFiles;

    @Test
    void theDemoCasesSeedOnceForEveryFamily() {
        // when
        seedAll();

        // then
        assertThat(caseFiles.existsByFamily(CaseFamily.PENALTY)).isTrue();
        assertThat(caseFiles.existsByFamily(CaseFamily.LIQUIDATED_DAMAGES)).isTrue();
        assertThat(caseFiles.existsByFamily(CaseFamily.SEIZURE)).isTrue();

        // and a restart on the same database adds nothing
        long cases = caseFiles.count();
        seedAll();
        assertThat(caseFiles.count()).isEqualTo(cases);
    }

    private void seedAll() {
        penaltyDemoCases.seed(SEAPORT, EXPRESS_HUB);
        ldDemoCases.seed(SEAPORT, EXPRESS_HUB);
        seizureDemoCases.seed(SEAPORT, EXPRESS_HUB);
    }
}
