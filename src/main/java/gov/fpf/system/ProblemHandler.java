package gov.fpf.system;

import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConversionException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.NonNull;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every refusal of the API as an RFC 7807 body whose detail tells the caller what to fix. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(Problems.Refusal.class)
    ProblemDetail refusal(Problems.Refusal refusal) {
        log.info("Refused ({}): {}", refusal.status().value(), refusal.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(refusal.status(), refusal.getMessage());
        problem.setTitle(refusal.title());
        if (refusal instanceof Problems.RuleViolation rule && rule.citation() != null) {
            problem.setProperty("citation", rule.citation());
        }
        return problem;
    }

    /** optimistic version clashes, and lock waits or deadlocks the database resolved by rolling this request back */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ProblemDetail concurrentChange(ConcurrencyFailureException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Someone else changed this record while you were working on it. Reload it and apply your change again.");
        problem.setTitle("Concurrent change");
        return problem;
    }

    /** a value the database cannot hold is the caller's 400 (naming the field); a real duplicate stays a 409 */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        Failures.Failure failure = Failures.classify(e).orElse(null);
        if (failure != null) {
            log.info("Refused: {} ({})", failure.detail(), e.getMostSpecificCause().getMessage());
            return failure.problem();
        }
        log.info("Refused a write that breaks a database constraint: {}", e.getMostSpecificCause().getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The change conflicts with a record that already exists (for example a duplicate number). Nothing was stored.");
        problem.setTitle("Conflicting record");
        return problem;
    }

    /** a body Jackson read but could not turn into the request's record (e.g. B1: a duplicate key for a creator) */
    @ExceptionHandler(HttpMessageConversionException.class)
    ProblemDetail conversion(HttpMessageConversionException e) {
        log.info("Refused an unreadable body: {}", e.getMostSpecificCause().getMessage());
        return invalid(explain(e.getCause()));
    }

    /**
     * Everything else: a failure whose cause is known (a refusal wrapped by a framework, an unreachable database, a
     * value the database cannot hold) gets its answer; the rest is a bug, a 500 problem logged with its stack trace.
     * Spring Security's own exceptions go back to its filters.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) throws Exception {
        if (e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.security.core.AuthenticationException) {
            throw e;
        }
        Failures.Failure failure = Failures.classify(e).orElse(null);
        if (failure == null) {
            log.error("Unexpected failure", e);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                    "Something went wrong on our side. It has been logged; nothing you sent caused it.");
            problem.setTitle("Internal error");
            return ResponseEntity.internalServerError().body(problem);
        }
        return answer(failure, e);
    }

    /** One log line per refusal (no stack trace: nothing is broken), a Retry-After for 503s. */
    static ResponseEntity<ProblemDetail> answer(Failures.Failure failure, Throwable cause) {
        if (failure.status() == HttpStatus.SERVICE_UNAVAILABLE) {
            log.warn("Database unreachable, answered 503: {}", rootMessage(cause));
        } else {
            log.info("Refused ({}): {}", failure.status().value(), failure.detail());
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.status(failure.status());
        if (failure.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, failure.retryAfter().toString());
        }
        return response.body(failure.problem());
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraint(ConstraintViolationException e) {
        String detail = e.getConstraintViolations().stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return invalid(detail);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "another type" : describeType(e.getRequiredType());
        return invalid("Parameter '" + e.getName() + "' has the value '" + e.getValue() + "', which is not " + expected + ".");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(@NonNull MethodArgumentNotValidException ex,
            @NonNull HttpHeaders headers, @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        String detail = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getField() + ": " + f.getDefaultMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        if (detail.isEmpty()) {
            detail = ex.getBindingResult().getAllErrors().stream()
                    .map(err -> err.getDefaultMessage()).collect(Collectors.joining("; "));
        }
        return ResponseEntity.badRequest().body(invalid(detail));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(@NonNull HandlerMethodValidationException ex,
            @NonNull HttpHeaders headers, @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        String detail = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> result.getMethodParameter().getParameterName() + ": " + error.getDefaultMessage()))
                .sorted()
                .collect(Collectors.joining("; "));
        return ResponseEntity.badRequest().body(invalid(detail));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(@NonNull HttpMessageNotReadableException ex,
            @NonNull HttpHeaders headers, @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        return ResponseEntity.badRequest().body(invalid(explain(ex.getCause())));
    }

    private static String explain(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field '" + unknown.getPropertyName() + "'. Known fields: "
                    + unknown.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")) + ".";
        }
        if (cause instanceof InvalidFormatException format) {
            return "Field '" + path(format) + "' has the value '" + format.getValue() + "', which is not "
                    + describeType(format.getTargetType()) + ".";
        }
        if (cause instanceof MismatchedInputException mismatch) {
            return mismatch.getPath().isEmpty()
                    ? "The request body must be a JSON object with the fields of this request."
                    : "Field '" + path(mismatch) + "' must be " + describeType(mismatch.getTargetType()) + ".";
        }
        if (cause instanceof JsonProcessingException json) {
            return "The request body is not valid JSON: " + json.getOriginalMessage();
        }
        return "The request body is missing or cannot be read as JSON.";
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String describeType(Class<?> type) {
        if (type == null) {
            return "of the expected type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == java.time.LocalDate.class) {
            return "a calendar date in the form YYYY-MM-DD from " + StrictJson.EARLIEST + " to " + StrictJson.LATEST;
        }
        if (type == java.math.BigDecimal.class || Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "a " + type.getSimpleName();
    }

    private static ProblemDetail invalid(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid input");
        return problem;
    }
}
