package gov.fpf.process.engine;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine API the Camunda webapps call (Tasklist, Cockpit: {@code /camunda/api/engine}) answers failures as
 * {@code /engine-rest} does ({@link EngineRestProblems}): a rule of ours refused inside the engine keeps its status, and
 * another office's task is the same 404 as an unknown one. Camunda's webapp initializer registers its "Engine Api"
 * servlet only when none of that name exists; this registers it first, with the same application less Camunda's
 * catch-all exception mappers.
 */
@Configuration
@ConditionalOnWebApplication
class WebappEngineApi {

    /** The servlet name Camunda's webapp initializer looks for before it adds its own. */
    static final String SERVLET_NAME = "Engine Api";

    @Bean
    ServletRegistrationBean<ServletContainer> webappEngineApiServlet(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
        var registration = new ServletRegistrationBean<>(new ServletContainer(), applicationPath + "/api/engine/*");
        registration.setName(SERVLET_NAME);
        registration.setInitParameters(Map.of("jakarta.ws.rs.Application", Application.class.getName()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Camunda's webapp engine application, its failures mapped by {@link EngineRestProblems}. */
    public static class Application extends EngineRestApplication {
        @Override
        public Set<Class<?>> getClasses() {
            Set<Class<?>> classes = new HashSet<>(super.getClasses());
            classes.remove(ProcessEngineExceptionHandler.class);
            classes.remove(RestExceptionHandler.class);
            classes.remove(ExceptionHandler.class);
            classes.add(EngineRestProblems.class);
            return classes;
        }
    }
}
