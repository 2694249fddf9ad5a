package gov.fpf.process;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.springframework.stereotype.Component;

/**
 * Engine settings that belong to this application rather than to a deployment's properties:
 * <ul>
 * <li>Every FP&amp;F office is an engine tenant (tenant id = office code). Process definitions are shared by all
 * offices; each process instance belongs to the office in its {@code officeCode} variable, so Tasklist, Cockpit and
 * the REST API show users only their offices' work (headquarters and counsel are members of every office).</li>
 * <li>Group ids with hyphens ({@code fpf-officer}) are allowed.</li>
 * </ul>
 */
@Component
class EngineSetupPlugin extends AbstractProcessEnginePlugin {

    static final String IDENTIFIER_PATTERN = "[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setGeneralResourceWhitelistPattern(IDENTIFIER_PATTERN);
        configuration.setTenantIdProvider(new OfficeTenantIdProvider());
    }

    static final class OfficeTenantIdProvider implements TenantIdProvider {

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
