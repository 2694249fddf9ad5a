package gov.fpf.system;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The answer to everything the container sends to /error (failures outside Spring MVC's handlers: a filter's
 * exception such as a database that is down while a password is checked, a URL the firewall refuses, a page refusal):
 * an RFC 7807 problem for every client that is not a browser asking for HTML (browsers keep the error page). A
 * database outage is a 503 with Retry-After; while it lasts, /actuator/health asked with a login (which cannot be
 * checked) answers 503 {@code {"status": "DOWN"}} as it does without one.
 */
@Controller
@ConditionalOnWebApplication
@RequestMapping("${server.error.path:${error.path:/error}}")
class ProblemErrorController extends BasicErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    ProblemErrorController(ErrorAttributes errorAttributes, ServerProperties server,
                           ObjectProvider<ErrorViewResolver> errorViewResolvers) {
        super(errorAttributes, server.getError(), errorViewResolvers.orderedStream().toList());
    }

    @Override
    @RequestMapping
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        Object thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Failures.Failure failure = thrown instanceof Throwable t ? Failures.classify(t).orElse(null) : null;
        String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        Map<String, Object> body = new LinkedHashMap<>();
        HttpHeaders headers = new HttpHeaders();
        if (failure != null) {
            status = failure.status();
            body.putAll(Map.of("title", failure.title(), "detail", failure.detail()));
            if (failure.retryAfter() != null) {
                headers.set(HttpHeaders.RETRY_AFTER, failure.retryAfter().toString());
                log.warn("Database unreachable, answered 503 to {}", path);
            } else {
                log.info("Refused ({}) {}: {}", status.value(), path, failure.detail());
            }
        } else {
            body.put("title", status.getReasonPhrase());
            body.put("detail", detail(status, request));
            if (thrown instanceof Throwable t && status.is5xxServerError()) {
                log.error("Unexpected failure on {}", path, t);
            }
        }
        if (path.startsWith("/actuator/health") && status == HttpStatus.SERVICE_UNAVAILABLE) {
            // the health endpoint's own answer while the database is gone (the user could not be checked either)
            return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("status", "DOWN"));
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", body.get("title"));
        problem.put("status", status.value());
        problem.put("detail", body.get("detail"));
        problem.put("instance", path);
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String detail(HttpStatus status, HttpServletRequest request) {
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        return switch (status) {
            case BAD_REQUEST -> "The request is malformed" + (message instanceof String m && !m.isBlank() ? ": " + m : ".");
            case UNAUTHORIZED -> "Log in to use this address.";
            case FORBIDDEN -> "Your role or office does not allow this. Ask a supervisor or an administrator if you need it.";
            case NOT_FOUND -> "There is nothing at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not accept " + request.getMethod() + ".";
            default -> status.is5xxServerError()
                    ? "Something went wrong on our side. It has been logged; nothing you sent caused it."
                    : status.getReasonPhrase() + ".";
        };
    }
}
