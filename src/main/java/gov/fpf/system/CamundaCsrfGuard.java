package gov.fpf.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * S5: the Camunda webapps' own CSRF filter (CsrfPreventionFilter) answers a state-changing request under
 * /camunda/app/* or /camunda/api/* whose X-XSRF-TOKEN header is missing or wrong with 403 <em>and invalidates the
 * session</em>, so any web page could log FP&F users out with one cross-site form post. This filter runs before it and
 * refuses such a request itself with the same 403 (and the same {@code X-XSRF-TOKEN: Required} header), leaving the
 * session alone; a request with the right token passes on unchanged, and Camunda's filter still checks it.
 */
@Configuration
@ConditionalOnWebApplication
class CamundaCsrfGuard {

    /** Camunda's names (org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants). */
    static final String SESSION_TOKEN = "CAMUNDA_CSRF_TOKEN";
    static final String HEADER = "X-XSRF-TOKEN";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> camundaCsrfGuardFilter(ObjectMapper json) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Guard(json));
        registration.setName("fpfCamundaCsrfGuard");
        // the same paths as Camunda's CsrfPreventionFilter (webapp path /camunda), registered before it
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
        return registration;
    }

    static final class Guard extends OncePerRequestFilter {

        private final ObjectMapper json;

        Guard(ObjectMapper json) {
            this.json = json;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT)) || tokenMatches(request)) {
                chain.doFilter(request, response);
                return;
            }
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Refused: a change to"
                    + " Tasklist, Cockpit or Admin must carry the page's X-XSRF-TOKEN header (a form or script on"
                    + " another site cannot). You are still logged in; reload the page and try again.");
            problem.setTitle("Cross-site request refused");
            response.setStatus(HttpStatus.FORBIDDEN.value());
            response.setHeader(HEADER, "Required");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
        }

        private static boolean tokenMatches(HttpServletRequest request) {
            String sent = request.getHeader(HEADER);
            HttpSession session = request.getSession(false);
            Object expected = session == null ? null : session.getAttribute(SESSION_TOKEN);
            return sent != null && !sent.isBlank() && expected instanceof String token && !token.isBlank()
                    && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
        }
    }
}
