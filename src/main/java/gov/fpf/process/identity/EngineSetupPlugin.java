package gov.fpf.process.identity;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import gov.fpf.audit.AuditLog;
import gov.fpf.process.engine.CaseModel;
import gov.fpf.process.engine.CaseOffices;
import gov.fpf.process.engine.CaseProcessGuard;
import gov.fpf.process.engine.EngineDoorGuard;
import gov.fpf.process.engine.ProcessVariables;
import gov.fpf.process.modeling.DeploymentAudit;
import gov.fpf.process.modeling.DomainDueDates;
import gov.fpf.process.modeling.ModelDeploymentGuard;
import gov.fpf.process.modeling.ModelExpressionFence;

/**
 * Engine settings that belong to this application rather than to a deployment's properties:
 * <ul>
 * <li>Every FP&amp;F office is an engine tenant (tenant id = office code). Process definitions are shared by all
 * offices; each process instance belongs to the office in its {@code officeCode} variable, so Tasklist, Cockpit and
 * the REST API show users only their offices' work (headquarters and counsel are members of every office).</li>
 * <li>Group ids with hyphens ({@code fpf-officer}) are allowed.</li>
 * <li>Every deployment, whoever makes it and however (start-up, designer API, Camunda Modeler through the engine REST
 * API), is linted before the engine deploys it ({@link ModelDeploymentGuard}: a model that breaks a house rule is
 * refused and nothing is deployed) and audited after ({@link DeploymentAudit}).</li>
 * <li>Every person's command passes {@link EngineDoorGuard} (task completions write only their form's fields, no
 * direct variable writes, deployments with cases kept) and every model gets {@link CaseProcessGuard}'s listeners (a
 * process belongs to one case in its office; a task is assigned only within the groups it is offered to).</li>
 * </ul>
 */
@Component
public class EngineSetupPlugin extends AbstractProcessEnginePlugin {

    static final String IDENTIFIER_PATTERN = "[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*";

    private final ModelDeploymentGuard deploymentGuard;
    private final DeploymentAudit deploymentAudit;
    private final ObjectProvider<AuditLog> auditLog;
    private final CaseProcessGuard caseProcessGuard;
    private final ModelExpressionFence expressionFence;

    /** The application context answers "does this delegate bean exist"; the audit log is looked up when used. */
    EngineSetupPlugin(ApplicationContext applicationContext, ObjectProvider<AuditLog> auditLog,
                      ObjectProvider<CaseOffices> caseFiles) {
        this.deploymentGuard = new ModelDeploymentGuard(applicationContext::containsBean,
                () -> DomainDueDates.of(applicationContext.getBeansOfType(CaseModel.class).values()));
        this.deploymentAudit = new DeploymentAudit(auditLog::getObject);
        this.auditLog = auditLog;
        // every CaseOffices bean answers for its own business keys (case numbers; CONF-<id> confidentiality requests)
        CaseOffices anyOwner = key -> caseFiles.orderedStream().map(owner -> owner.officeOf(key))
                .flatMap(java.util.Optional::stream).findFirst();
        this.caseProcessGuard = new CaseProcessGuard(() -> anyOwner);
        this.expressionFence = new ModelExpressionFence(applicationContext);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setGeneralResourceWhitelistPattern(IDENTIFIER_PATTERN);
        configuration.setTenantIdProvider(new OfficeTenantIdProvider());
        configuration.setCustomPreDeployers(with(configuration.getCustomPreDeployers(), deploymentGuard));
        configuration.setCustomPostDeployers(with(configuration.getCustomPostDeployers(), deploymentAudit));
        // a task's candidate groups and assignee get READ and TASK_WORK on it (not UPDATE, which writes variables)
        configuration.setDefaultUserPermissionNameForTask("TASK_WORK");
        EngineDoorGuard doorGuard = new EngineDoorGuard(configuration, auditLog::getObject);
        configuration.setCustomPreCommandInterceptorsTxRequired(with(
                configuration.getCustomPreCommandInterceptorsTxRequired(), doorGuard));
        configuration.setCustomPostCommandInterceptorsTxRequired(with(
                configuration.getCustomPostCommandInterceptorsTxRequired(), doorGuard.deletionAudit()));
        configuration.setCustomPreBPMNParseListeners(with(configuration.getCustomPreBPMNParseListeners(),
                caseProcessGuard));
        expressionFence.install(configuration); // model expressions reach only model beans (ModelExpressionFence)
    }

    private static <T> List<T> with(List<T> existing, T added) {
        List<T> all = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
        all.add(added);
        return all;
    }

    public static final class OfficeTenantIdProvider implements TenantIdProvider {

        @Override
        public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
            if (ctx.getSuperExecution() != null) {
                return ctx.getSuperExecution().getTenantId();
            }
            Object office = ctx.getVariables() == null ? null : ctx.getVariables().get(ProcessVariables.OFFICE_CODE);
            return office == null ? null : office.toString();
        }

        @Override
        public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
            return null;
        }

        @Override
        public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
            if (ctx.getExecution() != null) {
                return ctx.getExecution().getTenantId();
            }
            return null;
        }
    }
}
