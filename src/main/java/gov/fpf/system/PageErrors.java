package gov.fpf.system;

import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Refusals of our own pages, for browsers: a bad query parameter (the worklist's {@code size=abc}), a refusal a page
 * controller did not catch, or a page that does not exist is answered with the page layout (error/4xx.html: what
 * happened, what to do, a way back) and the right status, not with the API's JSON. Runs before the API's
 * {@code ProblemHandler} and leaves everything else to it: /api, /engine-rest, /camunda and /actuator, requests that
 * do not accept HTML, and REST controllers.
 */
@Component
class PageErrors implements HandlerExceptionResolver, Ordered {

    static final String VIEW = "error/4xx";

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception ex) {
        if (!isBrowserPageRequest(request) || !isPageHandler(handler)) {
            return null;
        }
        HttpStatus status;
        String detail;
        if (ex instanceof Problems.Refusal refusal) {
            status = refusal.status();
            detail = refusal.getMessage();
        } else if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
            status = HttpStatus.BAD_REQUEST;
            detail = "'" + mismatch.getName() + "' is '" + mismatch.getValue() + "', which is not "
                    + expected(mismatch.getRequiredType()) + ".";
        } else if (ex instanceof MissingServletRequestParameterException missing) {
            status = HttpStatus.BAD_REQUEST;
            detail = "'" + missing.getParameterName() + "' is missing.";
        } else if (ex instanceof HandlerMethodValidationException invalid) {
            status = HttpStatus.BAD_REQUEST;
            detail = invalid.getParameterValidationResults().stream()
                    .flatMap(r -> r.getResolvableErrors().stream()
                            .map(e -> "'" + r.getMethodParameter().getParameterName() + "' " + e.getDefaultMessage()))
                    .sorted().reduce((a, b) -> a + "; " + b).orElse(null);
        } else if (ex instanceof NoResourceFoundException) {
            status = HttpStatus.NOT_FOUND;
            detail = null;
        } else if (ex instanceof HttpRequestMethodNotSupportedException) {
            status = HttpStatus.METHOD_NOT_ALLOWED;
            detail = null;
        } else {
            return null;
        }
        ModelAndView page = new ModelAndView(VIEW, status);
        page.addObject("status", status.value());
        page.addObject("detail", detail);
        return page;
    }

    private static boolean isBrowserPageRequest(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String prefix : new String[] {"/api/", "/engine-rest/", "/camunda/", "/actuator/", "/v3/api-docs"}) {
            if (path.startsWith(prefix)) {
                return false;
            }
        }
        String accept = request.getHeader("Accept");
        return accept != null && MediaType.parseMediaTypes(accept).stream()
                .anyMatch(m -> MediaType.TEXT_HTML.equalsTypeAndSubtype(m));
    }

    /** A page controller (views, not response bodies), or no controller at all (a page that does not exist). */
    private static boolean isPageHandler(Object handler) {
        if (handler instanceof HandlerMethod method) {
            return !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
                    && !method.hasMethodAnnotation(ResponseBody.class);
        }
        return true;
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a value this page takes";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a whole number";
        }
        return "a " + type.getSimpleName().toLowerCase(Locale.ROOT);
    }
}
