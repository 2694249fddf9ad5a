package gov.fpf.process.modeling;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.bpmn.instance.di.Diagram;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DmnElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import gov.fpf.system.Roles;

/**
 * Checks a BPMN or DMN model against the house rules (STYLE rules 3 to 6) and lists every breach, so a model
 * that would run but cannot be read, cleaned up, staffed or opened in Camunda Modeler is caught before it ships;
 * and against what a model needs to run at all: timers that wait on dates the domain sets, called processes and
 * decisions, forms and beans that exist, every step reachable from a start event and every path ending in an end
 * event ({@link ModelFlow}); and that it runs no code but the model beans: no scripts, no classes, and expressions
 * that name only model beans and read only variables ({@link ModelExpressions}, {@link ModelExpressionFence}).
 *
 * <p>It reads only the model. What the model refers to outside itself (the deployed forms, the Spring beans) is
 * handed in, so the same checks run in the convention test (forms and beans found in the source tree) and at
 * deploy time (forms in the deployment, beans from the application context).
 */
public final class ModelLinter {

    /** The house rule a model breaks. */
    public enum Rule {
        GENERATED_ID,
        ID_NAMING,
        HISTORY_TIME_TO_LIVE,
        VERSION_TAG,
        CANDIDATE_GROUP,
        FORM_REF,
        FORM_IN_DEPLOYMENT,
        DELEGATE_BEAN,
        DIAGRAM,
        FILE_NAME,
        TIMER_DUE_DATE,
        CALLED_PROCESS,
        CALLED_DECISION,
        UNREACHABLE,
        DEAD_END,
        /** A script task, {@code camunda:script}, a script condition or resource ({@link ModelExpressions}). */
        SCRIPT,
        /** {@code camunda:class}: a class instantiated outside the model beans. */
        JAVA_CLASS,
        /** An expression that names a bean models may not use, or reaches past variables to classes or the engine. */
        EXPRESSION
    }

    /** One breach: where it is, which rule, and a sentence saying what to change. */
    public record Violation(String elementId, Rule rule, String message) {

        @Override
        public String toString() {
            return rule + " at " + elementId + ": " + message;
        }
    }

    /**
     * The roles a user task may be offered to; a typo in a model would leave the task on nobody's worklist.
     * Designers and administrators work on models and the engine, not on cases.
     */
    public static final Set<String> CANDIDATE_GROUPS =
            Set.of(Roles.OFFICER, Roles.SUPERVISOR, Roles.HQ, Roles.CUSTODIAN, Roles.COUNSEL);

    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

    /**
     * Camunda Modeler names new elements {@code Activity_0xrmvgg} (seven lowercase base-36 characters) or, for its
     * starter diagram, {@code StartEvent_1}. Our own DI ids ({@code Task_X_di}) end in a word and pass.
     */
    private static final Pattern GENERATED_ID = Pattern.compile("^.*[A-Za-z]_(?:[0-9a-z]{7}|[0-9]+)$");
    private static final String PASCAL_NAME = "[A-Z][A-Za-z0-9]*";
    private static final Pattern PROCESS_ID = Pattern.compile("^" + PASCAL_NAME + "Process$");
    private static final Pattern ANY_TYPED_ID = Pattern.compile("^[A-Z][A-Za-z]*_" + PASCAL_NAME + "$");
    private static final Pattern BEAN_IN_EXPRESSION = Pattern.compile("^\\s*[$#]\\{\\s*([A-Za-z_$][A-Za-z0-9_$]*)");

    /**
     * What a model may name outside itself, each answered by whoever runs the linter: the convention test answers
     * from the source tree, the deploy-time check from the deployment, the engine and the application context.
     *
     * @param formIds          {@code id}s of the Camunda Forms a {@code camunda:formRef} may name (in the same
     *                         deployment, or deployed before: the deploy-time check carries those into the deployment)
     * @param isKnownBean      whether a model bean of that name exists to serve a {@code camunda:delegateExpression}
     *                         or any other expression: the beans models may name ({@link ModelExpressionFence})
     * @param isKnownProcess   whether a process of that key exists for a call activity to call
     * @param isKnownDecision  whether a decision of that key exists for a business rule task to evaluate
     * @param dueDateVariables the date variables the domain sets that timers and task due dates may wait on
     * @param isApplicationBean whether the name is a bean of the application at all: such a name in an expression
     *                         is a bean, not a variable, and is refused unless it is a model bean
     */
    public record References(Set<String> formIds, Predicate<String> isKnownBean, Predicate<String> isKnownProcess,
                             Predicate<String> isKnownDecision, Set<String> dueDateVariables,
                             Predicate<String> isApplicationBean) {

        public References {
            formIds = Set.copyOf(formIds);
            Objects.requireNonNull(isKnownBean);
            Objects.requireNonNull(isKnownProcess);
            Objects.requireNonNull(isKnownDecision);
            dueDateVariables = Set.copyOf(dueDateVariables);
            Objects.requireNonNull(isApplicationBean);
        }

        /** Without the application's other beans: only names the model beans answer for are known as beans. */
        public References(Set<String> formIds, Predicate<String> isKnownBean, Predicate<String> isKnownProcess,
                          Predicate<String> isKnownDecision, Set<String> dueDateVariables) {
            this(formIds, isKnownBean, isKnownProcess, isKnownDecision, dueDateVariables, isKnownBean);
        }
    }

    private final References references;
    private final DueDateCheck dueDates;

    public ModelLinter(References references) {
        this.references = Objects.requireNonNull(references);
        this.dueDates = new DueDateCheck(references.dueDateVariables());
    }

    /**
     * Checks forms and beans against what is given, timers against the dates the domain sets ({@link DomainDueDates}),
     * and leaves called processes and decisions unchecked.
     *
     * @param knownFormIds the {@code id}s of the Camunda Forms that ship with the models
     * @param isKnownBean  whether a bean of that name exists to serve a {@code camunda:delegateExpression}
     * @param dueDates     the variables the domain sets that a timer may wait on
     */
    public ModelLinter(Set<String> knownFormIds, Predicate<String> isKnownBean, Set<String> dueDates) {
        this(new References(knownFormIds, isKnownBean, key -> true, key -> true, dueDates));
    }

    /**
     * @param resourceName the model's file or deployment resource name, e.g. {@code processes/shared/X.bpmn};
     *                     the file must be named after its process
     */
    public List<Violation> lint(String resourceName, BpmnModelInstance model) {
        List<Violation> violations = new ArrayList<>();
        checkForGeneratedIds(model, violations);
        checkIdNaming(model, violations);
        checkProcesses(resourceName, model, violations);
        checkUserTasks(model, violations);
        checkStartEventForms(model, violations);
        checkDelegateBeans(model, violations);
        dueDates.check(model, violations);
        checkCalledElements(model, violations);
        ModelExpressions.check(model, references, violations);
        ModelFlow.check(model, violations);
        checkDiagram(model, violations);
        return violations;
    }

    /** DMN has fewer house rules: readable ids, and a history time to live on every decision. */
    public List<Violation> lint(String resourceName, DmnModelInstance model) {
        List<Violation> violations = new ArrayList<>();
        for (DmnElement element : model.getModelElementsByType(DmnElement.class)) {
            checkNotGenerated(element.getId(), violations);
        }
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            if (isBlank(decision.getCamundaHistoryTimeToLiveString())) {
                violations.add(new Violation(decision.getId(), Rule.HISTORY_TIME_TO_LIVE,
                        "decision in " + resourceName + " has no camunda:historyTimeToLive; the engine refuses to "
                                + "deploy it, and without it decision history is never cleaned up"));
            }
        }
        ModelExpressions.check(model, violations);
        return violations;
    }

    private void checkForGeneratedIds(BpmnModelInstance model, List<Violation> violations) {
        checkNotGenerated(model.getDefinitions().getId(), violations);
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            checkNotGenerated(element.getId(), violations);
        }
        for (Diagram diagram : model.getModelElementsByType(Diagram.class)) {
            checkNotGenerated(diagram.getId(), violations);
        }
        for (DiagramElement element : model.getModelElementsByType(DiagramElement.class)) {
            checkNotGenerated(element.getId(), violations);
        }
    }

    private static void checkNotGenerated(String id, List<Violation> violations) {
        if (isGenerated(id)) {
            violations.add(new Violation(id, Rule.GENERATED_ID,
                    "generated id; rename it <Type>_<PascalName> after what it does, e.g. Task_ReviewPetition"));
        }
    }

    private static boolean isGenerated(String id) {
        return id != null && GENERATED_ID.matcher(id).matches();
    }

    private static void checkIdNaming(BpmnModelInstance model, List<Violation> violations) {
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            String id = element.getId();
            if (isGenerated(id)) {
                continue; // already reported, once is enough
            }
            List<String> prefixes = expectedPrefixes(element);
            boolean named = prefixes.isEmpty()
                    ? ANY_TYPED_ID.matcher(id).matches()
                    : prefixes.stream().anyMatch(prefix -> id.matches(prefix + "_" + PASCAL_NAME));
            if (!named) {
                String expected = prefixes.isEmpty() ? "<Type>" : String.join(" or ", prefixes);
                violations.add(new Violation(id, Rule.ID_NAMING, element.getElementType().getTypeName()
                        + " id must read " + expected + "_<PascalName>, e.g. " + example(prefixes)));
            }
        }
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (!isGenerated(process.getId()) && !PROCESS_ID.matcher(process.getId()).matches()) {
                violations.add(new Violation(process.getId(), Rule.ID_NAMING,
                        "process id must be a PascalName ending in Process, e.g. PenaltyCaseProcess"));
            }
        }
    }

    /** Empty when any {@code <Type>_} prefix will do. Order matters: a boundary event is also an event. */
    private static List<String> expectedPrefixes(FlowElement element) {
        if (element instanceof SequenceFlow) {
            return List.of("SequenceFlow");
        } else if (element instanceof BoundaryEvent) {
            return List.of("BoundaryEvent");
        } else if (element instanceof StartEvent) {
            return List.of("StartEvent");
        } else if (element instanceof EndEvent) {
            return List.of("EndEvent");
        } else if (element instanceof IntermediateCatchEvent || element instanceof IntermediateThrowEvent) {
            return List.of("IntermediateEvent", "Event");
        } else if (element instanceof Gateway) {
            return List.of("Gateway");
        } else if (element instanceof CallActivity) {
            return List.of("CallActivity");
        } else if (element instanceof SubProcess) {
            return List.of("SubProcess", "EventSubProcess");
        } else if (element instanceof Task) {
            return List.of("Task");
        }
        return List.of();
    }

    private static String example(List<String> prefixes) {
        return prefixes.isEmpty() ? "DataObject_PetitionLetter" : prefixes.get(0) + "_PetitionReviewed";
    }

    private static void checkProcesses(String resourceName, BpmnModelInstance model, List<Violation> violations) {
        Collection<Process> processes = model.getModelElementsByType(Process.class);
        List<Process> executable = processes.stream().filter(Process::isExecutable).toList();
        for (Process process : executable) {
            if (isBlank(process.getCamundaHistoryTimeToLiveString())) {
                violations.add(new Violation(process.getId(), Rule.HISTORY_TIME_TO_LIVE,
                        "executable process has no camunda:historyTimeToLive; the engine refuses to deploy it, and "
                                + "without it case history is never cleaned up"));
            }
            if (isBlank(process.getCamundaVersionTag())) {
                violations.add(new Violation(process.getId(), Rule.VERSION_TAG,
                        "executable process has no camunda:versionTag; set one (e.g. 1.0.0) so running cases show "
                                + "which release of the model they follow"));
            }
        }
        String fileName = baseName(resourceName);
        Collection<Process> namedAfter = executable.isEmpty() ? processes : executable;
        if (!namedAfter.isEmpty() && namedAfter.stream().noneMatch(process -> process.getId().equals(fileName))) {
            String ids = namedAfter.stream().map(Process::getId).collect(Collectors.joining(", "));
            violations.add(new Violation(ids, Rule.FILE_NAME, "file " + resourceName
                    + " must be named after its process: rename it to " + ids + ".bpmn or rename the process"));
        }
    }

    private void checkUserTasks(BpmnModelInstance model, List<Violation> violations) {
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            List<String> groups = task.getCamundaCandidateGroupsList();
            if (groups.isEmpty()) {
                violations.add(new Violation(task.getId(), Rule.CANDIDATE_GROUP,
                        "user task has no camunda:candidateGroups, so it is on no role's worklist; use one of "
                                + sorted(CANDIDATE_GROUPS)));
            }
            for (String group : groups) {
                // An expression is resolved per case at runtime and cannot be checked here.
                if (!isExpression(group) && !CANDIDATE_GROUPS.contains(group)) {
                    violations.add(new Violation(task.getId(), Rule.CANDIDATE_GROUP, "candidate group '" + group
                            + "' is not one of our roles " + sorted(CANDIDATE_GROUPS)));
                }
            }
            if (isBlank(task.getCamundaFormRef())) {
                violations.add(new Violation(task.getId(), Rule.FORM_REF,
                        "user task has no camunda:formRef; link the Camunda Form (forms/…/<Id>.form) the officer "
                                + "fills in"));
            } else {
                checkFormRef(task.getId(), task.getCamundaFormRef(), task.getCamundaFormRefBinding(), violations);
            }
        }
    }

    private void checkStartEventForms(BpmnModelInstance model, List<Violation> violations) {
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            if (!isBlank(start.getCamundaFormRef())) {
                checkFormRef(start.getId(), start.getCamundaFormRef(), start.getCamundaFormRefBinding(), violations);
            }
        }
    }

    private void checkFormRef(String elementId, String formRef, String binding, List<Violation> violations) {
        if (!isExpression(formRef) && !references.formIds().contains(formRef)) {
            violations.add(new Violation(elementId, Rule.FORM_IN_DEPLOYMENT, "camunda:formRef '" + formRef
                    + "' matches no form: no .form file in the deployment or deployed before has \"id\": \""
                    + formRef + "\"; add the form to the deployment"));
        }
        // Binding to the deployment keeps a running case on the form version it was modelled with.
        if (!"deployment".equals(binding)) {
            violations.add(new Violation(elementId, Rule.FORM_REF, "camunda:formRefBinding is '" + binding
                    + "'; use \"deployment\" so the form ships and versions with the model"));
        }
    }

    private void checkDelegateBeans(BpmnModelInstance model, List<Violation> violations) {
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            checkDelegateBean(element.getId(), element.getAttributeValueNs(CAMUNDA_NS, "delegateExpression"),
                    violations);
        }
        for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
            checkDelegateBean(ownerId(listener), listener.getCamundaDelegateExpression(), violations);
        }
        for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
            checkDelegateBean(ownerId(listener), listener.getCamundaDelegateExpression(), violations);
        }
    }

    private void checkDelegateBean(String elementId, String delegateExpression, List<Violation> violations) {
        if (isBlank(delegateExpression)) {
            return;
        }
        Matcher bean = BEAN_IN_EXPRESSION.matcher(delegateExpression);
        if (!bean.find()) {
            violations.add(new Violation(elementId, Rule.DELEGATE_BEAN, "delegate expression '"
                    + delegateExpression + "' names no bean; write ${beanName}"));
        } else if (!references.isKnownBean().test(bean.group(1))
                && references.isApplicationBean().test(bean.group(1))) {
            violations.add(new Violation(elementId, Rule.DELEGATE_BEAN, "delegate expression '" + delegateExpression
                    + "' names the application bean '" + bean.group(1) + "', which is no model bean: models may "
                    + "call only delegates and listeners of " + ModelExpressionFence.MODEL_BEAN_PACKAGE));
        } else if (!references.isKnownBean().test(bean.group(1))) {
            violations.add(new Violation(elementId, Rule.DELEGATE_BEAN, "delegate expression '" + delegateExpression
                    + "' needs a bean named '" + bean.group(1) + "', and there is none (annotate the delegate "
                    + "@Component(\"" + bean.group(1) + "\"))"));
        }
    }

    /**
     * A call activity calls a process, and a business rule task evaluates a decision, that exists: in the same
     * deployment or deployed before. An expression is resolved per case and cannot be checked here.
     */
    private void checkCalledElements(BpmnModelInstance model, List<Violation> violations) {
        Set<String> ownProcesses = model.getModelElementsByType(Process.class).stream().map(Process::getId)
                .collect(Collectors.toSet());
        for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
            String called = call.getCalledElement();
            if (isBlank(called)) {
                if (isBlank(call.getCamundaCaseRef())) {
                    violations.add(new Violation(call.getId(), Rule.CALLED_PROCESS,
                            "call activity names no called process; set calledElement to the process id it starts"));
                }
            } else if (!isExpression(called) && !ownProcesses.contains(called)
                    && !references.isKnownProcess().test(called)) {
                violations.add(new Violation(call.getId(), Rule.CALLED_PROCESS, "call activity calls '" + called
                        + "', which is neither in this deployment nor deployed; deploy " + called
                        + " first (or with this model), or correct the id"));
            }
        }
        for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
            String decision = task.getCamundaDecisionRef();
            if (!isBlank(decision) && !isExpression(decision) && !references.isKnownDecision().test(decision)) {
                violations.add(new Violation(task.getId(), Rule.CALLED_DECISION, "business rule task evaluates "
                        + "decision '" + decision + "', which is neither in this deployment nor deployed; deploy the "
                        + ".dmn that defines it, or correct the id"));
            }
        }
    }

    /** Listeners carry no id, and a timer belongs to its event: report the element that holds them. */
    static String ownerId(ModelElementInstance child) {
        ModelElementInstance owner = child.getParentElement();
        while (owner != null && !(owner instanceof BaseElement)) {
            owner = owner.getParentElement();
        }
        return owner == null ? "(listener)" : ((BaseElement) owner).getId();
    }

    private static void checkDiagram(BpmnModelInstance model, List<Violation> violations) {
        Definitions definitions = model.getDefinitions();
        if (model.getModelElementsByType(BpmnDiagram.class).isEmpty()) {
            violations.add(new Violation(definitions.getId(), Rule.DIAGRAM,
                    "model has no BPMNDiagram, so Camunda Modeler cannot show it; lay it out in the Modeler"));
            return;
        }
        Set<String> drawn = model.getModelElementsByType(BpmnShape.class).stream()
                .map(BpmnShape::getBpmnElement).filter(Objects::nonNull).map(BaseElement::getId)
                .collect(Collectors.toSet());
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (!drawn.contains(node.getId())) {
                violations.add(new Violation(node.getId(), Rule.DIAGRAM,
                        "flow node has no BPMNShape, so it is invisible in Camunda Modeler"));
            }
        }
        Set<String> drawnFlows = model.getModelElementsByType(BpmnEdge.class).stream()
                .map(BpmnEdge::getBpmnElement).filter(Objects::nonNull).map(BaseElement::getId)
                .collect(Collectors.toSet());
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (!drawnFlows.contains(flow.getId())) {
                violations.add(new Violation(flow.getId(), Rule.DIAGRAM,
                        "sequence flow has no BPMNEdge, so it is invisible in Camunda Modeler"));
            }
        }
    }

    private static String baseName(String resourceName) {
        String fileName = resourceName.substring(Math.max(resourceName.lastIndexOf('/'),
                resourceName.lastIndexOf('\\')) + 1);
        for (String suffix : List.of(".bpmn20.xml", ".bpmn")) {
            if (fileName.endsWith(suffix)) {
                return fileName.substring(0, fileName.length() - suffix.length());
            }
        }
        return fileName;
    }

    static boolean isExpression(String value) {
        return value.contains("${") || value.contains("#{");
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
