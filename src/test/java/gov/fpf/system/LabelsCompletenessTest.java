package gov.fpf.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/**
 * Every constant of every enum a person can see has its words in {@code messages.properties}
 * ({@code label.<EnumName>.<CONSTANT>}). The enums are found by scanning the application's classes, so a new enum,
 * or a new constant of an old one, fails this test until it has words; the few enums no person sees are listed here
 * with the reason.
 */
class LabelsCompletenessTest {

    /** Enums that never reach a page or a letter, and why. */
    private static final Map<String, String> NOT_SHOWN = Map.ofEntries(
            Map.entry("gov.fpf.process.modeling.ModelExpressions$Kind", "tokens of the expression parser"),
            Map.entry("gov.fpf.process.modeling.ModelLinter$Rule", "lint rule ids a modeler looks up by id"),
            Map.entry("gov.fpf.liquidateddamages.imports.BreachFile$Format", "file format chosen by the upload's name"),
            Map.entry("gov.fpf.intake.IntakeField$Kind", "the kind of input an intake field is drawn as"),
            Map.entry("gov.fpf.casepage.CaseActions$Action", "an action's own words are its action.<key>.* messages"),
            Map.entry("gov.fpf.casepage.CaseActions$Type", "the kind of input an action field is drawn as"),
            Map.entry("gov.fpf.casesearch.CaseSearchQuery$Sort", "a sort key; the column heads are search.col.* messages"),
            Map.entry("gov.fpf.casesearch.WaitingFor", "worded by its own search.waitingFor.* messages"),
            Map.entry("gov.fpf.admin.ParametersPage$Standing", "worded by the admin.parameters pages' own messages"));

    @Test
    void everyConstantOfEveryEnumAPersonSeesHasWords() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<Class<?>> enums = personFacingEnums();
        assertThat(enums).as("the scan finds the application's enums").hasSizeGreaterThan(30);
        Set<String> missing = new TreeSet<>();
        for (Class<?> type : enums) {
            for (Object constant : type.getEnumConstants()) {
                String key = Labels.key((Enum<?>) constant);
                String words = messages.getProperty(key);
                if (words == null || words.isBlank() || words.equals(((Enum<?>) constant).name())) {
                    missing.add(key + "=" + Labels.humanize(((Enum<?>) constant).name()));
                }
            }
        }
        assertThat(missing).as("enum constants without words in messages.properties:%n%s",
                String.join(System.lineSeparator(), missing)).isEmpty();
    }

    @Test
    void everyNoticeKindTimelineEventAndLegalParameterHasWords() throws Exception {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> missing = new TreeSet<>();
        for (String holder : List.of("gov.fpf.penalty.PenaltyNotices", "gov.fpf.liquidateddamages.LdNotices",
                "gov.fpf.seizure.SeizureNotices")) {
            for (java.lang.reflect.Field f : Class.forName(holder).getDeclaredFields()) {
                if (java.lang.reflect.Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                    f.setAccessible(true);
                    String kind = (String) f.get(null);
                    if (kind.matches("[A-Z_]+") && messages.getProperty("label.NoticeKind." + kind) == null) {
                        missing.add("label.NoticeKind." + kind);
                    }
                }
            }
        }
        for (String event : List.of(gov.fpf.referral.ReferralFollowUpProcess.EVENT_REFERRAL_OPENED,
                gov.fpf.referral.ReferralFollowUpProcess.EVENT_REFERRAL_OUTCOME_RECORDED, "PROCESS_MIGRATED",
                "PROCESS_MIGRATION_SCHEDULED")) {
            if (messages.getProperty("label.AuditEvent." + event) == null) {
                missing.add("label.AuditEvent." + event);
            }
        }
        for (java.lang.reflect.Field f : gov.fpf.rules.ParameterNames.class.getDeclaredFields()) {
            if (java.lang.reflect.Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                f.setAccessible(true);
                String name = (String) f.get(null);
                if (messages.getProperty("glance.param." + name) == null) {
                    missing.add("glance.param." + name);
                }
            }
        }
        assertThat(missing).as("notice kinds, timeline events and legal parameters without words").isEmpty();
    }

    @Test
    void theDecidingAuthoritiesTheRoutingTableReturnsHaveWords() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        String dmn = new String(java.nio.file.Files.readAllBytes(
                java.nio.file.Path.of("processes/mitigation/PetitionRouting.dmn")), StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<outputEntry[^>]*>\\s*<text>\"([A-Z_]+)\"</text>").matcher(dmn);
        Set<String> authorities = new TreeSet<>();
        while (m.find()) {
            authorities.add(m.group(1));
        }
        assertThat(authorities).isNotEmpty();
        for (String a : authorities) {
            assertThat(messages.getProperty("label.DecidingAuthority." + a)).as("words for deciding authority " + a)
                    .isNotBlank();
        }
    }

    @Test
    void labelsLookUpNestedEnumsByTheirEnclosingNameAndHumanizeWhatHasNoWords() {
        StaticMessageSource source = new StaticMessageSource();
        source.addMessage("label.LabelsCompletenessTest.Colour.DARK_RED", java.util.Locale.getDefault(), "Dark red");
        source.addMessage("label.DecidingAuthority.HQ_PENALTIES_BRANCH", java.util.Locale.getDefault(),
                "Headquarters Penalties Branch");
        Labels labels = new Labels(source);
        assertThat(Labels.key(Colour.DARK_RED)).isEqualTo("label.LabelsCompletenessTest.Colour.DARK_RED");
        assertThat(labels.of(Colour.DARK_RED)).isEqualTo("Dark red");
        assertThat(labels.of(Colour.PALE_BLUE)).isEqualTo("Pale blue");
        assertThat(labels.of("DecidingAuthority", "HQ_PENALTIES_BRANCH")).isEqualTo("Headquarters Penalties Branch");
        assertThat(labels.of("DecidingAuthority", "a note, not a code")).isEqualTo("a note, not a code");
        assertThat(labels.of((Enum<?>) null)).isEmpty();
    }

    enum Colour { DARK_RED, PALE_BLUE }

    private static List<Class<?>> personFacingEnums() {
        List<Class<?>> found = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("gov.fpf")) {
            if (c.isEnum() && !NOT_SHOWN.containsKey(c.getName()) && !c.getName().contains("$$")) {
                found.add(c.reflect());
            }
        }
        return found;
    }
}
