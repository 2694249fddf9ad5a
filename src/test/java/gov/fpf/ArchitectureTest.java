package gov.fpf;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house's layout, checked on the compiled main classes: no package cycle, the engine behind {@code process}, and
 * each case family in its own rooms.
 */
class ArchitectureTest {

    /** The case families: each keeps its model, steps and rules to itself. */
    private static final List<String> FAMILIES = List.of("penalty", "liquidateddamages", "seizure");

    /** What the families and pages build on; none of it may reach up into a family. */
    private static final String[] FOUNDATION = {"gov.fpf.system..", "gov.fpf.audit..", "gov.fpf.office..",
            "gov.fpf.rules..", "gov.fpf.process..", "gov.fpf.casefile..", "gov.fpf.party..", "gov.fpf.bond..",
            "gov.fpf.forms..", "gov.fpf.mitigation..", "gov.fpf.referral..", "gov.fpf.casenotes.."};

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("gov.fpf");
    }

    @Test
    void noPackageCycles() {
        slices().matching("gov.fpf.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void theProcessPackagesHaveNoCyclesAmongThemselves() {
        slices().matching("gov.fpf.process.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void onlyTheProcessPackagesUseTheEngineBeyondTheDelegateApi() {
        noClasses().that().resideOutsideOfPackage("gov.fpf.process..")
                .and().doNotHaveFullyQualifiedName(FpfApplication.class.getName())
                .should().dependOnClassesThat(resideInAPackage("org.camunda..")
                        .and(not(resideInAPackage("org.camunda.bpm.engine.delegate.."))))
                .because("the engine sits behind one door (CaseWork and the ports); family glue uses only the "
                        + "delegate API")
                .check(main);
    }

    @Test
    void onlyModelGlueUsesTheDelegateApi() {
        noClasses().that().resideOutsideOfPackage("gov.fpf.process..")
                .and().haveSimpleNameNotEndingWith("Delegate")
                .and().haveSimpleNameNotEndingWith("Listener")
                .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.delegate..")
                .because("a family's services take records and values, not executions")
                .check(main);
    }

    @Test
    void noFamilyUsesAnotherFamily() {
        for (String family : FAMILIES) {
            String[] others = FAMILIES.stream().filter(f -> !f.equals(family)).map(f -> "gov.fpf." + f + "..")
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage("gov.fpf." + family + "..")
                    .should().dependOnClassesThat(resideInAnyPackage(others))
                    .because("what two families share lives below them (casefile, mitigation, rules, process)")
                    .check(main);
        }
    }

    @Test
    void theFoundationDoesNotReachUpIntoAFamilyOrAPage() {
        noClasses().that().resideInAnyPackage(FOUNDATION)
                .should().dependOnClassesThat().resideInAnyPackage("gov.fpf.penalty..", "gov.fpf.liquidateddamages..",
                        "gov.fpf.seizure..", "gov.fpf.demo..", "gov.fpf.extension..", "gov.fpf.casepage..",
                        "gov.fpf.worklist..", "gov.fpf.dashboard..", "gov.fpf.report..", "gov.fpf.approval..",
                        "gov.fpf.designer..", "gov.fpf.admin..", "gov.fpf.intake..")
                .check(main);
    }
}
