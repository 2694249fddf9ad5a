package gov.fpf.process.modeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.beans.Introspector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

import gov.fpf.process.engine.CaseModel;
import gov.fpf.process.modeling.ModelLinter.References;
import gov.fpf.process.modeling.ModelLinter.Rule;
import gov.fpf.process.modeling.ModelLinter.Violation;

/**
 * Every model under {@code processes/} and every form under {@code forms/} keeps the house rules (STYLE rules 3
 * to 5). Maven runs tests from the project directory, so the folders are read from the source tree: a model
 * that breaks a rule fails the build before it is ever deployed.
 */
class ModelConventionsTest {

    private static final Path PROCESSES = Path.of("processes");
    private static final Path FORMS = Path.of("forms");
    private static final Path MAIN_SOURCES = Path.of("src", "main", "java");

    /** Tasklist 7.24 renders form-js 1.8; a form saved by a newer Modeler may use what it cannot draw. */
    private static final int NEWEST_FORM_SCHEMA_TASKLIST_RENDERS = 16;

    @TestFactory
    Stream<DynamicTest> everyBpmnModelKeepsTheHouseRules() {
        List<Path> models = filesUnder(PROCESSES, ".bpmn");
        assertThat(models).as("BPMN models under %s (is the test running from the project directory?)",
                PROCESSES.toAbsolutePath()).isNotEmpty();
        ModelLinter linter = new ModelLinter(new References(formIdsInSourceTree(), modelBeanNames()::contains,
                processIdsInSourceTree()::contains, decisionIdsInSourceTree()::contains,
                AllCaseModels.dueDates(), beanNamesInSourceTree()::contains));
        return models.stream().map(model -> dynamicTest(model.toString(), () -> {
            List<Violation> violations = linter.lint(model.toString(), Bpmn.readModelFromFile(model.toFile()));
            assertNoViolations(model, violations);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyDmnModelKeepsTheHouseRules() {
        // No decision tables yet; each one added under processes/ gets its own test here.
        ModelLinter linter = new ModelLinter(Set.of(), bean -> true, AllCaseModels.dueDates());
        return filesUnder(PROCESSES, ".dmn").stream().map(model -> dynamicTest(model.toString(), () -> {
            List<Violation> violations = linter.lint(model.toString(), Dmn.readModelFromFile(model.toFile()));
            assertNoViolations(model, violations);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyFormIsNamedAfterItsIdAndRendersInTasklist() {
        List<Path> forms = filesUnder(FORMS, ".form");
        assertThat(forms).as("Camunda Forms under %s", FORMS.toAbsolutePath()).isNotEmpty();
        return forms.stream().map(form -> dynamicTest(form.toString(), () -> {
            JsonNode json = readJson(form);
            String fileName = form.getFileName().toString();
            assertThat(json.path("id").asText())
                    .as("%s: the form's \"id\" is what camunda:formRef names; keep it equal to the file name", form)
                    .isEqualTo(fileName.substring(0, fileName.length() - ".form".length()));
            assertThat(json.path("type").asText()).as("%s: \"type\"", form).isEqualTo("default");
            assertThat(json.path("executionPlatform").asText()).as("%s: \"executionPlatform\"", form)
                    .isEqualTo("Camunda Platform");
            assertThat(json.path("schemaVersion").asInt(Integer.MAX_VALUE))
                    .as("%s: \"schemaVersion\" must be one Tasklist 7.24 (form-js 1.8) renders", form)
                    .isLessThanOrEqualTo(NEWEST_FORM_SCHEMA_TASKLIST_RENDERS);
        }));
    }

    @Test
    void formIdsAreUniqueSoAFormRefNamesExactlyOneForm() {
        Map<String, List<Path>> formsById = new HashMap<>();
        for (Path form : filesUnder(FORMS, ".form")) {
            formsById.computeIfAbsent(readJson(form).path("id").asText(), id -> new ArrayList<>()).add(form);
        }
        assertThat(formsById).allSatisfy((id, files) ->
                assertThat(files).as("forms with \"id\": \"%s\"", id).hasSize(1));
    }

    @Test
    void everyProcessDescriptorHasAModelBeanThatFeedsTheDueDatesATimerMayWaitOn() {
        List<String> descriptorKeys = filesUnder(MAIN_SOURCES.resolve(Path.of("gov", "fpf")), "Process.java")
                .stream().filter(source -> read(source).contains("public static final String KEY"))
                .map(source -> source.getFileName().toString().replace(".java", "")).toList();
        long modelBeans = filesUnder(MAIN_SOURCES.resolve(Path.of("gov", "fpf")), ".java").stream()
                .filter(source -> read(source).contains("implements CaseModel")).count();

        assertThat(descriptorKeys).isNotEmpty();
        assertThat(AllCaseModels.MODELS).extracting(CaseModel::processKey)
                .as("a CaseModel bean per descriptor").containsExactlyInAnyOrderElementsOf(descriptorKeys);
        assertThat(AllCaseModels.MODELS).as("AllCaseModels lists every CaseModel bean").hasSize((int) modelBeans);
        assertThat(AllCaseModels.dueDates()).contains("petitionDueDate", "decisionValidUntil", "followUpCycle",
                "solWarning24Date", "referralEscalationDate", "summarySaleDate");
    }

    @Test
    void theBeanScanFindsOurOwnDelegate() {
        // Guards the scan itself: if it found nothing, every delegate expression would be reported as unknown.
        assertThat(beanNamesInSourceTree()).contains("recordReferralEventDelegate");
        assertThat(modelBeanNames()).contains("recordReferralEventDelegate", "checkProposedDecisionListener")
                .doesNotContain("caseWork", "processCatalogue");
    }

    /** The checks themselves must be able to fail; each test breaks one rule in an otherwise tidy model. */
    @Nested
    class LinterCatches {

        private final ModelLinter linter = new ModelLinter(new References(Set.of("ReviewSampleForm"),
                Set.of("recordSampleDelegate")::contains, Set.of("SampleFollowUpProcess")::contains,
                Set.of("SampleRouting")::contains, Set.of("sampleDueDate", "sampleFollowUpCycle")));

        @Test
        void nothingInATidyModel() {
            assertThat(lint(tidyModel())).isEmpty();
        }

        @Test
        void aGeneratedId() {
            BpmnModelInstance model = tidyModel();
            model.<UserTask>getModelElementById("Task_ReviewSample").setId("Activity_0xrmvgg");

            assertThat(breaches(model)).containsExactly("Activity_0xrmvgg GENERATED_ID");
        }

        @Test
        void aModelerStarterId() {
            BpmnModelInstance model = tidyModel();
            model.<StartEvent>getModelElementById("StartEvent_SampleRequested").setId("StartEvent_1");

            assertThat(breaches(model)).containsExactly("StartEvent_1 GENERATED_ID");
        }

        @Test
        void anIdThatDoesNotSayWhatTheElementIs() {
            BpmnModelInstance model = tidyModel();
            model.<UserTask>getModelElementById("Task_ReviewSample").setId("Gateway_ReviewSample");
            model.<ServiceTask>getModelElementById("Task_RecordSample").setId("recordSample");

            assertThat(breaches(model)).containsExactlyInAnyOrder(
                    "Gateway_ReviewSample ID_NAMING", "recordSample ID_NAMING");
        }

        @Test
        void aMissingHistoryTimeToLiveAndVersionTag() {
            BpmnModelInstance model = tidyModel();
            Process process = model.getModelElementById("SampleReviewProcess");
            process.setCamundaHistoryTimeToLiveString(null);
            process.setCamundaVersionTag(null);

            assertThat(breaches(model)).containsExactly(
                    "SampleReviewProcess HISTORY_TIME_TO_LIVE", "SampleReviewProcess VERSION_TAG");
        }

        @Test
        void aUserTaskOnNobodysWorklist() {
            BpmnModelInstance model = tidyModel();
            model.<UserTask>getModelElementById("Task_ReviewSample").setCamundaCandidateGroups(null);

            assertThat(breaches(model)).containsExactly("Task_ReviewSample CANDIDATE_GROUP");
        }

        @Test
        void aCandidateGroupThatIsNotOneOfOurRoles() {
            BpmnModelInstance model = tidyModel();
            model.<UserTask>getModelElementById("Task_ReviewSample").setCamundaCandidateGroups("fpf-officers");

            assertThat(breaches(model)).containsExactly("Task_ReviewSample CANDIDATE_GROUP");
        }

        @Test
        void aUserTaskWithoutAForm() {
            BpmnModelInstance withoutForm = tidyModel();
            UserTask task = withoutForm.getModelElementById("Task_ReviewSample");
            task.setCamundaFormRef(null);
            task.setCamundaFormRefBinding(null);

            assertThat(breaches(withoutForm)).containsExactly("Task_ReviewSample FORM_REF");
        }

        @Test
        void aFormThatIsNeitherInTheDeploymentNorDeployed() {
            BpmnModelInstance withUnknownForm = tidyModel();
            withUnknownForm.<UserTask>getModelElementById("Task_ReviewSample").setCamundaFormRef("ReviewSmapleForm");

            assertThat(breaches(withUnknownForm)).containsExactly("Task_ReviewSample FORM_IN_DEPLOYMENT");
        }

        @Test
        void aTimerOnADateNoDomainStepSets() {
            BpmnModelInstance model = tidyModel();
            reviewTask(model).builder().boundaryEvent("BoundaryEvent_SampleOverdue").timerWithDate("${noSuchDate}")
                    .sequenceFlowId("SequenceFlow_SampleOverdue").endEvent("EndEvent_SampleOverdue");

            List<Violation> violations = lint(model);

            assertThat(violations).extracting(Violation::elementId, Violation::rule)
                    .containsExactly(tuple("BoundaryEvent_SampleOverdue", Rule.TIMER_DUE_DATE));
            assertThat(violations.get(0).message()).contains("'noSuchDate'");
        }

        @Test
        void aTimerOnAMisspeltDueDateGetsASuggestion() {
            BpmnModelInstance model = tidyModel();
            reviewTask(model).setCamundaDueDate("${sampleDueDat}");

            List<Violation> violations = lint(model);

            assertThat(violations).extracting(Violation::elementId, Violation::rule)
                    .containsExactly(tuple("Task_ReviewSample", Rule.TIMER_DUE_DATE));
            assertThat(violations.get(0).message()).contains("did you mean 'sampleDueDate'");
        }

        @Test
        void aTimerWithAFixedPeriodOrNoExpression() {
            BpmnModelInstance fixed = tidyModel();
            reviewTask(fixed).builder().boundaryEvent("BoundaryEvent_SampleOverdue").timerWithDuration("P30D")
                    .sequenceFlowId("SequenceFlow_SampleOverdue").endEvent("EndEvent_SampleOverdue");
            BpmnModelInstance computed = tidyModel();
            reviewTask(computed).builder().boundaryEvent("BoundaryEvent_SampleOverdue")
                    .timerWithDate("${dateTime().plusDays(30)}")
                    .sequenceFlowId("SequenceFlow_SampleOverdue").endEvent("EndEvent_SampleOverdue");

            assertThat(breaches(fixed)).containsExactly("BoundaryEvent_SampleOverdue TIMER_DUE_DATE");
            assertThat(breaches(computed)).containsExactly("BoundaryEvent_SampleOverdue TIMER_DUE_DATE");
        }

        @Test
        void timersOnDatesTheDomainSetsPass() {
            BpmnModelInstance model = tidyModel();
            reviewTask(model).setCamundaDueDate("${sampleDueDate}");
            reviewTask(model).builder().boundaryEvent("BoundaryEvent_SampleReminder").cancelActivity(false)
                    .timerWithCycle("${sampleFollowUpCycle}")
                    .sequenceFlowId("SequenceFlow_SampleReminder").endEvent("EndEvent_SampleReminded");

            assertThat(lint(model)).isEmpty();
        }

        @Test
        void aCallActivityToAProcessThatDoesNotExist() {
            BpmnModelInstance model = tidyModel();
            reviewTask(model).builder().sequenceFlowId("SequenceFlow_FollowUpNeeded")
                    .callActivity("CallActivity_FollowUpSample").calledElement("SampleFolowUpProcess")
                    .sequenceFlowId("SequenceFlow_FollowedUp").connectTo("EndEvent_SampleDone");
            BpmnModelInstance known = tidyModel();
            reviewTask(known).builder().sequenceFlowId("SequenceFlow_FollowUpNeeded")
                    .callActivity("CallActivity_FollowUpSample").calledElement("SampleFollowUpProcess")
                    .sequenceFlowId("SequenceFlow_FollowedUp").connectTo("EndEvent_SampleDone");

            assertThat(breaches(model)).containsExactly("CallActivity_FollowUpSample CALLED_PROCESS");
            assertThat(lint(known)).isEmpty();
        }

        @Test
        void aBusinessRuleTaskOnADecisionThatDoesNotExist() {
            BpmnModelInstance model = tidyModel();
            reviewTask(model).builder().sequenceFlowId("SequenceFlow_RoutingNeeded")
                    .businessRuleTask("Task_RouteSample").camundaDecisionRef("SampleRoutng")
                    .sequenceFlowId("SequenceFlow_SampleRouted").connectTo("EndEvent_SampleDone");

            assertThat(breaches(model)).containsExactly("Task_RouteSample CALLED_DECISION");
        }

        @Test
        void aUserTaskNoPathLeadsTo() {
            BpmnModelInstance model = tidyModel();
            UserTask forgotten = model.newInstance(UserTask.class);
            forgotten.setId("Task_ForgottenSample");
            forgotten.setName("Forgotten sample");
            forgotten.setCamundaCandidateGroups("fpf-officer");
            forgotten.setCamundaFormRef("ReviewSampleForm");
            forgotten.setCamundaFormRefBinding("deployment");
            model.<Process>getModelElementById("SampleReviewProcess").addChildElement(forgotten);
            drawShape(model, forgotten);
            forgotten.builder().sequenceFlowId("SequenceFlow_ForgottenSampleDone").connectTo("EndEvent_SampleDone");

            List<Violation> violations = lint(model);

            assertThat(violations).extracting(Violation::elementId, Violation::rule)
                    .containsExactly(tuple("Task_ForgottenSample", Rule.UNREACHABLE));
            assertThat(violations.get(0).message()).contains("never be on anyone's worklist");
        }

        @Test
        void aStepWithNoWayOut() {
            BpmnModelInstance model = tidyModel();
            reviewTask(model).builder().sequenceFlowId("SequenceFlow_SampleEscalated").userTask("Task_EscalateSample")
                    .camundaCandidateGroups("fpf-supervisor").camundaFormRef("ReviewSampleForm")
                    .camundaFormRefBinding("deployment");

            assertThat(breaches(model)).containsExactly("Task_EscalateSample DEAD_END");
        }

        @Test
        void aLoopThatNeverLeaves() {
            BpmnModelInstance model = tidyModel();
            reviewTask(model).builder().sequenceFlowId("SequenceFlow_SampleQueried").userTask("Task_QuerySample")
                    .camundaCandidateGroups("fpf-officer").camundaFormRef("ReviewSampleForm")
                    .camundaFormRefBinding("deployment")
                    .sequenceFlowId("SequenceFlow_SampleAnswered").userTask("Task_AnswerSampleQuery")
                    .camundaCandidateGroups("fpf-officer").camundaFormRef("ReviewSampleForm")
                    .camundaFormRefBinding("deployment")
                    .sequenceFlowId("SequenceFlow_SampleQueriedAgain").connectTo("Task_QuerySample");

            assertThat(breaches(model)).containsExactlyInAnyOrder(
                    "Task_QuerySample DEAD_END", "Task_AnswerSampleQuery DEAD_END");
        }

        @Test
        void boundaryEventsAndEventSubProcessesCountAsWaysInAndOut() {
            BpmnModelInstance model = tidyModel();
            // the only way out of this task is its interrupting timer
            reviewTask(model).builder().sequenceFlowId("SequenceFlow_SampleHeld").userTask("Task_HoldSample")
                    .camundaCandidateGroups("fpf-officer").camundaFormRef("ReviewSampleForm")
                    .camundaFormRefBinding("deployment")
                    .boundaryEvent("BoundaryEvent_HoldExpired").timerWithDate("${sampleDueDate}")
                    .sequenceFlowId("SequenceFlow_HoldExpired").connectTo("EndEvent_SampleDone");
            // an event sub-process has no incoming flow; it runs while its scope does
            model.<Process>getModelElementById("SampleReviewProcess").builder()
                    .eventSubProcess("EventSubProcess_SampleReminder")
                    .startEvent("StartEvent_SampleReminderDue").interrupting(false).timerWithDate("${sampleDueDate}")
                    .sequenceFlowId("SequenceFlow_SampleReminderDue").userTask("Task_RemindSampleOwner")
                    .camundaCandidateGroups("fpf-officer").camundaFormRef("ReviewSampleForm")
                    .camundaFormRefBinding("deployment")
                    .sequenceFlowId("SequenceFlow_SampleOwnerReminded").endEvent("EndEvent_SampleOwnerReminded");

            assertThat(lint(model)).isEmpty();
        }

        @Test
        void aFormBoundToTheLatestVersionInsteadOfTheDeployment() {
            BpmnModelInstance model = tidyModel();
            model.<UserTask>getModelElementById("Task_ReviewSample").setCamundaFormRefBinding("latest");

            assertThat(breaches(model)).containsExactly("Task_ReviewSample FORM_REF");
        }

        @Test
        void aDelegateExpressionWithNoBean() {
            BpmnModelInstance model = tidyModel();
            model.<ServiceTask>getModelElementById("Task_RecordSample")
                    .setCamundaDelegateExpression("${recordSampleDelegat}");

            List<Violation> violations = lint(model);

            assertThat(violations).extracting(Violation::elementId, Violation::rule)
                    .containsExactly(tuple("Task_RecordSample", Rule.DELEGATE_BEAN));
            assertThat(violations.get(0).message()).contains("'recordSampleDelegat'");
        }

        @Test
        void aFlowNodeMissingFromTheDiagram() {
            BpmnModelInstance model = tidyModel();
            BpmnShape shape = model.getModelElementsByType(BpmnShape.class).stream()
                    .filter(s -> s.getBpmnElement().getId().equals("Task_RecordSample")).findFirst().orElseThrow();
            shape.getParentElement().removeChildElement(shape);

            assertThat(breaches(model)).containsExactly("Task_RecordSample DIAGRAM");
        }

        @Test
        void aModelWithNoDiagramAtAll() {
            BpmnModelInstance model = tidyModel();
            for (BpmnDiagram diagram : model.getModelElementsByType(BpmnDiagram.class)) {
                model.getDefinitions().removeChildElement(diagram);
            }

            assertThat(lint(model)).extracting(Violation::rule).containsExactly(Rule.DIAGRAM);
        }

        @Test
        void aFileNotNamedAfterItsProcess() {
            assertThat(linter.lint("processes/sample/SampleProcess.bpmn", tidyModel()))
                    .extracting(Violation::elementId, Violation::rule)
                    .containsExactly(tuple("SampleReviewProcess", Rule.FILE_NAME));
        }

        @Test
        void everyBreachAtOnceInAModelReadFromAFile() throws IOException {
            Path file = Files.createTempDirectory("model-linter").resolve("SampleReviewProcess.bpmn");
            Files.writeString(file, """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                        xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                        id="Definitions_1m2n3o4" targetNamespace="http://bpmn.io/schema/bpmn">
                      <bpmn:process id="SampleReviewProcess" isExecutable="true">
                        <bpmn:startEvent id="StartEvent_1" />
                        <bpmn:userTask id="Activity_0xrmvgg" name="Review" />
                        <bpmn:serviceTask id="Task_Record" camunda:delegateExpression="${unknownBean}" />
                        <bpmn:sequenceFlow id="Flow_1a2b3c4" sourceRef="StartEvent_1" targetRef="Activity_0xrmvgg" />
                      </bpmn:process>
                    </bpmn:definitions>
                    """);

            List<Violation> violations = linter.lint(file.toString(), Bpmn.readModelFromFile(file.toFile()));

            assertThat(violations).extracting(Violation::rule).contains(Rule.GENERATED_ID,
                    Rule.HISTORY_TIME_TO_LIVE, Rule.VERSION_TAG, Rule.CANDIDATE_GROUP, Rule.FORM_REF,
                    Rule.DELEGATE_BEAN, Rule.DIAGRAM);
            assertThat(violations).extracting(Violation::elementId)
                    .contains("Definitions_1m2n3o4", "StartEvent_1", "Activity_0xrmvgg", "Flow_1a2b3c4");
        }

        private UserTask reviewTask(BpmnModelInstance model) {
            return model.getModelElementById("Task_ReviewSample");
        }

        private List<Violation> lint(BpmnModelInstance model) {
            return linter.lint("processes/sample/SampleReviewProcess.bpmn", model);
        }

        /** "elementId RULE" per violation: place and rule are what matter, the wording may change. */
        private List<String> breaches(BpmnModelInstance model) {
            return lint(model).stream().map(violation -> violation.elementId() + " " + violation.rule()).toList();
        }
    }

    private static BpmnModelInstance tidyModel() {
        return Bpmn.createExecutableProcess("SampleReviewProcess")
                .name("Sample review")
                .camundaHistoryTimeToLiveString("P30D")
                .camundaVersionTag("1.0.0")
                .startEvent("StartEvent_SampleRequested").name("Sample requested")
                .sequenceFlowId("SequenceFlow_SampleRequested")
                .userTask("Task_ReviewSample").name("Review sample")
                .camundaCandidateGroups("fpf-officer")
                .camundaFormRef("ReviewSampleForm").camundaFormRefBinding("deployment")
                .sequenceFlowId("SequenceFlow_SampleReviewed")
                .serviceTask("Task_RecordSample").name("Record sample")
                .camundaDelegateExpression("${recordSampleDelegate}")
                .sequenceFlowId("SequenceFlow_SampleRecorded")
                .endEvent("EndEvent_SampleDone").name("Sample done")
                .done();
    }

    /** A BPMNShape for an element added by hand, so only the rule under test breaks. */
    private static void drawShape(BpmnModelInstance model, BaseElement element) {
        BpmnShape shape = model.newInstance(BpmnShape.class);
        shape.setId(element.getId() + "_di");
        shape.setBpmnElement(element);
        Bounds bounds = model.newInstance(Bounds.class);
        bounds.setX(400);
        bounds.setY(300);
        bounds.setWidth(100);
        bounds.setHeight(80);
        shape.setBounds(bounds);
        model.getModelElementsByType(BpmnPlane.class).iterator().next().addChildElement(shape);
    }

    private static void assertNoViolations(Path model, List<Violation> violations) {
        if (!violations.isEmpty()) {
            fail(model + " breaks " + violations.size() + " house rule(s):\n  " + violations.stream()
                    .map(Violation::toString).collect(Collectors.joining("\n  ")));
        }
    }

    private static List<Path> filesUnder(Path folder, String suffix) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(file -> file.toString().endsWith(suffix)).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> formIdsInSourceTree() {
        return filesUnder(FORMS, ".form").stream().map(form -> readJson(form).path("id").asText())
                .collect(Collectors.toSet());
    }

    /** The processes defined under processes/: what a call activity may call. */
    private static Set<String> processIdsInSourceTree() {
        return filesUnder(PROCESSES, ".bpmn").stream()
                .flatMap(model -> Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(Process.class).stream())
                .map(Process::getId).collect(Collectors.toSet());
    }

    /** The decisions defined under processes/: what a business rule task may evaluate. */
    private static Set<String> decisionIdsInSourceTree() {
        return filesUnder(PROCESSES, ".dmn").stream()
                .flatMap(model -> Dmn.readModelFromFile(model.toFile()).getModelElementsByType(Decision.class).stream())
                .map(Decision::getId).collect(Collectors.toSet());
    }

    private static JsonNode readJson(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /**
     * The beans models may name, by the rule the engine applies at start-up ({@link ModelExpressionFence}): the
     * components of the process package that are delegates or listeners, named as Spring names them.
     */
    private static Set<String> modelBeanNames() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
        Set<String> names = new HashSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(ModelExpressionFence.MODEL_BEAN_PACKAGE)) {
            try {
                if (ModelExpressionFence.isModelBeanType(Class.forName(candidate.getBeanClassName()))) {
                    names.add(AnnotationBeanNameGenerator.INSTANCE.generateBeanName(candidate,
                            new SimpleBeanDefinitionRegistry()));
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return names;
    }

    private static final Pattern NAMED_BEAN =
            Pattern.compile("@(?:Component|Service)\\(\\s*(?:value\\s*=\\s*)?\"([^\"]+)\"\\s*\\)");
    private static final Pattern UNNAMED_BEAN_CLASS = Pattern.compile(
            "@(?:Component|Service)\\b(?!\\s*\\()[\\s\\S]*?\\bclass\\s+(\\w+)");
    private static final Pattern BEAN_METHOD = Pattern.compile(
            "@Bean(?:\\(\\s*(?:name\\s*=\\s*|value\\s*=\\s*)?\"([^\"]+)\"\\s*\\))?\\s+(?:@\\w+(?:\\([^)]*\\))?\\s+)*"
                    + "(?:public\\s+|protected\\s+)?"
                    + "(?:static\\s+)?[\\w.<>?,\\s\\[\\]]+?\\s+(\\w+)\\s*\\(");

    /**
     * Bean names declared in our sources: {@code @Component("name")} / {@code @Service("name")}, an unnamed
     * {@code @Component}/{@code @Service} class (named after the class, as Spring does), and {@code @Bean}
     * methods. At deploy time the application context answers this question instead.
     */
    private static Set<String> beanNamesInSourceTree() {
        Set<String> names = new HashSet<>();
        for (Path source : filesUnder(MAIN_SOURCES, ".java")) {
            String code;
            try {
                code = Files.readString(source);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            addAll(names, NAMED_BEAN.matcher(code), 1);
            Matcher unnamed = UNNAMED_BEAN_CLASS.matcher(code);
            while (unnamed.find()) {
                names.add(Introspector.decapitalize(unnamed.group(1)));
            }
            Matcher beanMethod = BEAN_METHOD.matcher(code);
            while (beanMethod.find()) {
                names.add(beanMethod.group(1) != null ? beanMethod.group(1) : beanMethod.group(2));
            }
        }
        return names;
    }

    private static void addAll(Set<String> names, Matcher matcher, int group) {
        while (matcher.find()) {
            names.add(matcher.group(group));
        }
    }
}
