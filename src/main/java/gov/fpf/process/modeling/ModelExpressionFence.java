package gov.fpf.process.modeling;

import java.beans.FeatureDescriptor;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.CaseService;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.util.ClassUtils;

/**
 * What an expression in a deployed model ({@code ${...}} in a delegate expression, listener, condition, mapping,
 * timer or due date) may reach: our model beans by name, the process variables, and harmless reads of
 * {@code execution} and {@code task}. Nothing else, whoever deployed the model.
 * <ul>
 * <li><b>Model beans</b>: the beans whose class lives in {@code gov.fpf.process} and is a {@link JavaDelegate},
 * {@link TaskListener} or {@link ExecutionListener}. They become the engine's bean map
 * ({@link ProcessEngineConfigurationImpl#setBeans}); with a bean map Camunda's Spring expression manager resolves
 * only those names instead of every bean of the application (identityService, jdbcTemplate, ...). A new delegate
 * joins the list by being one; the list is logged once at start-up.</li>
 * <li><b>The guard</b>: the first resolver of the expression manager refuses reflection ({@code getClass},
 * {@code .class}, anything on a {@link Class}, {@code java.lang.reflect}, class loaders, {@link Runtime},
 * {@link ProcessBuilder}, {@link Thread}), any engine service, engine configuration, Spring bean factory or database
 * handle that an object might hand out, and on {@code execution} / {@code task} everything but reading variables
 * and ids ({@link #DELEGATE_READS}): {@code getProcessEngineServices()} would otherwise hand a model every engine
 * service. A refused expression throws before the call, so the engine command fails and rolls back.</li>
 * </ul>
 * The deploy-time linter ({@link ModelLinter}) applies the same rules to the model's text, so a model that would be
 * refused here is refused when it is deployed.
 */
public final class ModelExpressionFence {

    private static final Logger log = LoggerFactory.getLogger(ModelExpressionFence.class);

    /**
     * Where model beans live: the application's own delegates and listeners, which sit with their family's model
     * (gov.fpf.penalty, gov.fpf.seizure, ...). A bean of any other type, or outside the application, is never
     * reachable from a model.
     */
    static final String MODEL_BEAN_PACKAGE = "gov.fpf";

    private static final List<Class<?>> MODEL_BEAN_TYPES =
            List.of(JavaDelegate.class, TaskListener.class, ExecutionListener.class);

    /** The names under which the engine hands an expression its execution or task. */
    static final Set<String> DELEGATE_OBJECTS = Set.of("execution", "task", "caseExecution", "externalTask");

    /**
     * What an expression may read on {@code execution} or {@code task}, as property or method: variables and the
     * ids a model passes on (the business key to a called process). No setters, no navigation to other objects.
     */
    static final Set<String> DELEGATE_READS = Set.of(
            "getVariable", "getVariableLocal", "getVariableTyped", "getVariableLocalTyped", "hasVariable",
            "hasVariableLocal", "hasVariables", "hasVariablesLocal", "getVariables", "variables", "getVariablesLocal",
            "variablesLocal", "getVariableNames", "variableNames", "getVariableNamesLocal", "variableNamesLocal",
            "getId", "id", "getProcessInstanceId", "processInstanceId", "getProcessBusinessKey", "processBusinessKey",
            "getBusinessKey", "businessKey", "getProcessDefinitionId", "processDefinitionId", "getActivityInstanceId",
            "activityInstanceId", "getCurrentActivityId", "currentActivityId", "getCurrentActivityName",
            "currentActivityName", "getEventName", "eventName", "getTenantId", "tenantId", "getName", "name",
            "getTaskDefinitionKey", "taskDefinitionKey", "getAssignee", "assignee", "getOwner", "owner",
            "getDueDate", "dueDate", "getFollowUpDate", "followUpDate", "getPriority", "priority",
            "getCreateTime", "createTime", "getDescription", "description");

    /** Members refused on any object: the way to classes, class loaders and the engine. */
    static final Set<String> REFUSED_MEMBERS = Set.of(
            "getClass", "class", "getClassLoader", "classLoader",
            "getProcessEngineServices", "processEngineServices", "getProcessEngine", "processEngine",
            "getProcessEngineConfiguration", "processEngineConfiguration");

    /** Objects on which no member is read or called at all. */
    private static final List<Class<?>> REFUSED_TYPES = List.of(
            Class.class, ClassLoader.class, Runtime.class, ProcessBuilder.class, Process.class, Thread.class,
            ThreadGroup.class, Module.class, ModuleLayer.class,
            ProcessEngineServices.class, ProcessEngineConfiguration.class, CommandContext.class,
            RepositoryService.class, RuntimeService.class, FormService.class, TaskService.class, HistoryService.class,
            IdentityService.class, ManagementService.class, AuthorizationService.class, CaseService.class,
            FilterService.class, ExternalTaskService.class, DecisionService.class,
            BeanFactory.class, DataSource.class, java.sql.Connection.class, JdbcOperations.class,
            EntityManager.class, EntityManagerFactory.class);

    private static final List<String> REFUSED_PACKAGES = List.of("java.lang.reflect", "java.lang.invoke");

    private final ApplicationContext applicationContext;
    private final ModelBeans modelBeans;

    public ModelExpressionFence(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
        this.modelBeans = new ModelBeans(applicationContext);
    }

    /**
     * Gives the engine the model beans as its bean map and an expression manager that resolves only those, behind
     * the guard. Called from the engine plugin's {@code preInit}, before the engine reads either.
     */
    public void install(ProcessEngineConfigurationImpl configuration) {
        log.info("Models may name {} bean(s) in expressions (model beans: {} or {} in {}): {}",
                modelBeans.names().size(), MODEL_BEAN_TYPES.get(0).getSimpleName(),
                MODEL_BEAN_TYPES.subList(1, MODEL_BEAN_TYPES.size()).stream().map(Class::getSimpleName)
                        .collect(Collectors.joining(" or ")), MODEL_BEAN_PACKAGE, modelBeans.names());
        configuration.setBeans(modelBeans);
        configuration.setExpressionManager(new FencedExpressionManager(applicationContext, modelBeans));
    }

    /** Whether beans of this class may be named by models: a delegate or listener of the application. */
    static boolean isModelBeanType(Class<?> type) {
        Class<?> userClass = ClassUtils.getUserClass(type);
        String packageName = userClass.getPackageName();
        return (packageName.equals(MODEL_BEAN_PACKAGE) || packageName.startsWith(MODEL_BEAN_PACKAGE + "."))
                && MODEL_BEAN_TYPES.stream().anyMatch(modelType -> modelType.isAssignableFrom(userClass));
    }

    /** Why an expression may not read or call {@code member} on {@code base}; null when it may. */
    static String refusal(Object base, Object member) {
        String name = String.valueOf(member);
        if (REFUSED_MEMBERS.contains(name)) {
            return "'" + name + "' leads to classes or to the engine";
        }
        if (base == null) {
            return null;
        }
        Class<?> type = base.getClass();
        for (Class<?> refused : REFUSED_TYPES) {
            if (refused.isInstance(base)) {
                return "an expression may not use a " + refused.getName() + " ('" + name + "')";
            }
        }
        for (String refusedPackage : REFUSED_PACKAGES) {
            if (type.getPackageName().startsWith(refusedPackage)) {
                return "an expression may not use reflection (" + type.getName() + "." + name + ")";
            }
        }
        if (base instanceof VariableScope && !DELEGATE_READS.contains(name)) {
            return "on execution or task an expression may only read variables and ids, not '" + name + "'";
        }
        return null;
    }

    /** Thrown before a refused read or call happens; the engine command fails with this message. */
    static final class ExpressionRefusedException extends ELException {

        ExpressionRefusedException(String reason) {
            super("Expression refused: " + reason + ". Models may name only the model beans (delegates and "
                    + "listeners of " + MODEL_BEAN_PACKAGE + ") and read process variables");
        }
    }

    /** Camunda's Spring expression manager with the guard in front of its resolvers. */
    static final class FencedExpressionManager extends SpringExpressionManager {

        FencedExpressionManager(ApplicationContext applicationContext, Map<Object, Object> beans) {
            super(applicationContext, beans);
        }

        @Override
        protected ELResolver createElResolver() {
            CompositeELResolver fenced = new CompositeELResolver();
            fenced.add(new GuardElResolver());
            fenced.add(super.createElResolver());
            return fenced;
        }
    }

    /** Resolves nothing itself; refuses what {@link #refusal} refuses before any later resolver can act. */
    static final class GuardElResolver extends ELResolver {

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            check(base, property);
            return null;
        }

        @Override
        public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
            check(base, method);
            return null;
        }

        @Override
        public Class<?> getType(ELContext context, Object base, Object property) {
            check(base, property);
            return null;
        }

        @Override
        public void setValue(ELContext context, Object base, Object property, Object value) {
            check(base, property);
        }

        @Override
        public boolean isReadOnly(ELContext context, Object base, Object property) {
            check(base, property);
            return false;
        }

        @Override
        public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
            return null;
        }

        @Override
        public Class<?> getCommonPropertyType(ELContext context, Object base) {
            return null;
        }

        private static void check(Object base, Object member) {
            if (base == null) {
                return; // a top-level name: a variable, or a model bean through the bean map, or nothing
            }
            String reason = refusal(base, member);
            if (reason != null) {
                throw new ExpressionRefusedException(reason);
            }
        }
    }

    /**
     * The engine's bean map: the model bean names, found by type when first asked (the definitions are all
     * registered by the time the engine starts), each bean fetched from the application context when an
     * expression names it, so no delegate is created early.
     */
    static final class ModelBeans extends AbstractMap<Object, Object> {

        private final ApplicationContext applicationContext;
        private volatile Set<String> names;

        ModelBeans(ApplicationContext applicationContext) {
            this.applicationContext = applicationContext;
        }

        Set<String> names() {
            Set<String> found = names;
            if (found == null) {
                Set<String> collected = new TreeSet<>();
                for (Class<?> type : MODEL_BEAN_TYPES) {
                    for (String name : applicationContext.getBeanNamesForType(type, true, false)) {
                        Class<?> beanType = applicationContext.getType(name, false);
                        if (beanType != null && isModelBeanType(beanType)) {
                            collected.add(name);
                        }
                    }
                }
                found = Collections.unmodifiableSet(collected);
                names = found;
            }
            return found;
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String name && names().contains(name);
        }

        @Override
        public Object get(Object key) {
            return containsKey(key) ? applicationContext.getBean((String) key) : null;
        }

        @Override
        public Set<Entry<Object, Object>> entrySet() {
            return names().stream().<Entry<Object, Object>>map(name ->
                    new SimpleImmutableEntry<>(name, applicationContext.getBean(name)))
                    .collect(Collectors.toUnmodifiableSet());
        }

        @Override
        public Set<Object> keySet() {
            return Set.copyOf(names());
        }

        @Override
        public int size() {
            return names().size();
        }
    }
}
