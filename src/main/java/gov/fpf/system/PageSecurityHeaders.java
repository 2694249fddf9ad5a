package gov.fpf.system;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * S8: the Content-Security-Policy of our own pages. Scripts and styles come from this server only (app.css, the htmx
 * and Chart.js WebJars); the few inline scripts of the templates carry a per-request nonce (request attribute
 * {@value #NONCE_ATTRIBUTE}, written by the templates as {@code th:attr="nonce=${cspNonce}"}); no inline style, no
 * event-handler attributes, no eval, no framing, forms post only here. Not for the Camunda webapps (/camunda/**, which
 * send their own policy), the APIs and Swagger UI. A notice's page is one of ours (the letter is shown inside it).
 */
@Configuration
@ConditionalOnWebApplication
class PageSecurityHeaders {

    static final String NONCE_ATTRIBUTE = "cspNonce";
    static final String HEADER = "Content-Security-Policy";
    private static final List<String> NOT_OURS = List.of("/camunda/", "/engine-rest/", "/api/", "/swagger-ui",
            "/v3/api-docs", "/webjars/", "/css/", "/actuator/");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> pageContentSecurityPolicy() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Policy());
        registration.setName("fpfPageContentSecurityPolicy");
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 60);
        return registration;
    }

    static String policy(String nonce) {
        return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "'; style-src 'self'; img-src 'self' data:;"
                + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
                + " frame-ancestors 'none'";
    }

    static final class Policy extends OncePerRequestFilter {

        private final SecureRandom random = new SecureRandom();

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (NOT_OURS.stream().noneMatch(path::startsWith)) {
                byte[] bytes = new byte[18];
                random.nextBytes(bytes);
                String nonce = Base64.getEncoder().encodeToString(bytes);
                request.setAttribute(NONCE_ATTRIBUTE, nonce);
                response.setHeader(HEADER, policy(nonce));
            }
            chain.doFilter(request, response);
        }
    }
}
