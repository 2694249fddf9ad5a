package gov.fpf.process.engine;

import java.util.HashSet;
import java.util.Set;

import jakarta.ws.rs.ApplicationPath;

import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * The engine REST API (/engine-rest) as Camunda configures it, with one change: its failures are answered by
 * {@link EngineRestProblems} instead of Camunda's three catch-all mappers, so a rule of ours refused inside the engine
 * keeps its status, another office's task is a 404 like an unknown one, and an unreachable database is a 503 (the
 * Spring Boot starter's documented way: a bean extending {@link CamundaJerseyResourceConfig}). Camunda's mappers for
 * unreadable JSON stay, they already answer 400.
 */
@Component
@ConditionalOnWebApplication
@ApplicationPath("/engine-rest")
class EngineRestConfig extends CamundaJerseyResourceConfig {

    @Override
    protected void registerCamundaRestResources() {
        registerClasses(CamundaRestResources.getResourceClasses());
        Set<Class<?>> configuration = new HashSet<>(CamundaRestResources.getConfigurationClasses());
        configuration.remove(ProcessEngineExceptionHandler.class);
        configuration.remove(RestExceptionHandler.class);
        configuration.remove(ExceptionHandler.class);
        registerClasses(configuration);
        register(JacksonFeature.class);
        register(EngineRestProblems.class);
    }
}
