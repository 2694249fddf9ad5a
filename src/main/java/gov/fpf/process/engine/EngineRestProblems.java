package gov.fpf.process.engine;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.rest.dto.ParseExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;

import gov.fpf.system.Failures;

/**
 * Every failure of the engine REST API (and so of Tasklist and Camunda Modeler on it) answered as our API answers it:
 * <ul>
 * <li>a rule of ours refused inside the engine (a task listener or delegate throwing a {@code Problems.Refusal}: four
 * eyes, the floor) is its 403/409/422, not a 500;</li>
 * <li>a task or instance of an office the caller does not belong to (ENGINE-13034) is a 404, and every 404 says the
 * same, so an id of another office cannot be told from an id that does not exist;</li>
 * <li>an unreachable database is a 503 with Retry-After; a value the database cannot hold, or a model the engine cannot
 * parse, is a 400;</li>
 * <li>everything else as Camunda answers it (an AuthorizationException stays 403).</li>
 * </ul>
 * The body is an RFC 7807 problem that also carries Camunda's {@code message}, which Tasklist and Modeler show.
 */
class EngineRestProblems implements ExceptionMapper<Throwable> {

    private static final Logger log = LoggerFactory.getLogger(EngineRestProblems.class);

    static final String NOT_FOUND = "No such resource, or it belongs to an office you do not work for.";

    @Override
    public Response toResponse(Throwable e) {
        Failures.Failure failure = Failures.classify(e).orElse(null);
        if (failure != null) {
            if (failure.retryAfter() != null) {
                log.warn("Engine REST: database unreachable, answered 503");
            } else {
                log.info("Engine REST refused ({}): {}", failure.status().value(), failure.detail());
            }
            return problem(failure.status().value(), failure.title(), failure.detail(), failure.retryAfter());
        }
        if (!(e instanceof ProcessEngineException) && e.getMessage() != null && e.getMessage().contains("ENGINE-13034")) {
            // the REST layer's own wrapping (task completion: "Cannot complete task ...: ENGINE-13034 ...")
            log.info("Engine REST: outside the caller's offices, answered 404: {}", e.getMessage());
            return notFound();
        }
        if (e instanceof ProcessEngineException engine && engine.getMessage() != null) {
            String message = engine.getMessage();
            if (message.startsWith("ENGINE-13034")) {
                log.info("Engine REST: outside the caller's offices, answered 404: {}", message);
                return notFound();
            }
            // a ParseException keeps Camunda's answer: 400 with per-resource details, which Camunda Modeler shows
            if (!(e instanceof ParseException)
                    && (message.startsWith("ENGINE-09") || message.startsWith("ENGINE-22") || message.startsWith("DMN-"))) {
                log.info("Engine REST: unparseable model, answered 400: {}", message);
                Response invalid = problem(400, "Invalid model",
                        "The engine cannot read the model; nothing was deployed. " + message, null);
                return e instanceof ParseException ? withFindingsPerResource(invalid, e) : invalid;
            }
        }
        if (e instanceof NotFoundException
                || e instanceof ProcessEngineException && !(e instanceof AuthorizationException) && mentionsMissing(e.getMessage())
                || e instanceof RestException rest && rest.getStatus() == Response.Status.NOT_FOUND) {
            return notFound();
        }
        return ExceptionHandlerHelper.getInstance().getResponse(e);
    }

    /** the engine's words for an id it has no record of ("task X doesn't exist", "Cannot find ...") */
    private static boolean mentionsMissing(String message) {
        return message != null && (message.contains("doesn't exist") || message.contains("does not exist")
                || message.contains("Cannot find") || message.contains("No ") && message.contains(" found"));
    }

    /**
     * A model refused by the engine's parser or our linter keeps Camunda's {@code message} and its {@code details}
     * (per resource: each finding with line, column and element id), which Camunda Modeler prints in its log.
     */
    @SuppressWarnings("unchecked")
    private static Response withFindingsPerResource(Response invalid, Throwable parseException) {
        Object camunda = ExceptionHandlerHelper.getInstance().getResponse(parseException).getEntity();
        Map<String, Object> body = new LinkedHashMap<>((Map<String, Object>) invalid.getEntity());
        body.put("message", parseException.getMessage());
        if (camunda instanceof ParseExceptionDto parse) {
            body.put("details", parse.getDetails());
        }
        return Response.fromResponse(invalid).entity(body).build();
    }

    private static Response notFound() {
        return problem(404, "Not found", NOT_FOUND, null);
    }

    private static Response problem(int status, String title, String detail, Integer retryAfter) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("message", detail);
        Response.ResponseBuilder response = Response.status(status).type(MediaType.valueOf("application/problem+json"))
                .entity(body);
        if (retryAfter != null) {
            response.header(HttpHeaders.RETRY_AFTER, retryAfter);
        }
        return response.build();
    }
}
