package gov.fpf.system;

import static gov.fpf.system.Roles.ADMIN;
import static gov.fpf.system.Roles.CASE_READERS;
import static gov.fpf.system.Roles.CASE_WRITERS;
import static gov.fpf.system.Roles.DESIGNER;
import static gov.fpf.system.Roles.HQ;
import static gov.fpf.system.Roles.SEIZURE_CUSTODY;
import static gov.fpf.system.Roles.SUPERVISOR;
import static gov.fpf.system.Roles.TASK_WORKERS;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. One user store (the engine's identity service, see EngineUserAuthenticationProvider); the engine
 * groups are the authorities. Office scoping of cases is applied by the services on top of this matrix.
 *
 * <ul>
 * <li>/api/** and /engine-rest/**: HTTP Basic, no session, so no CSRF token is needed (and JSON bodies cannot be sent
 * cross-site without a CORS preflight, which this app never allows).</li>
 * <li>Everything else: form login with a session and CSRF protection. The Camunda webapps (/camunda/**) bring their
 * own CSRF filter, so Spring's is off there only.</li>
 * </ul>
 * Without a web server (the command-line import, {@code spring.main.web-application-type=none}) there is nothing to
 * secure, and Spring Security's HTTP configuration does not exist.
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfig {

    private final ObjectMapper objectMapper;

    SecurityConfig(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, AuthenticationProvider engineUsers) throws Exception {
        // explicit path matchers: /engine-rest is a Jersey servlet, which Spring MVC's matchers do not see
        http.securityMatcher(new OrRequestMatcher(path("/api/**"), path("/engine-rest/**")))
                .authenticationProvider(engineUsers)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problemEntryPoint()))
                .exceptionHandling(e -> e.authenticationEntryPoint(problemEntryPoint()).accessDeniedHandler(problemAccessDenied()))
                .authorizeHttpRequests(auth -> auth
                        // offices: everyone logged in reads them, administrators add them
                        .requestMatchers(GET, "/api/v1/offices").authenticated()
                        .requestMatchers(POST, "/api/v1/offices").hasAuthority(ADMIN)
                        .requestMatchers(PUT, "/api/v1/offices/*/address").hasAuthority(ADMIN)
                        // legal parameters: read by everyone logged in, changed by administrators only
                        .requestMatchers(GET, "/api/v1/legal-parameters/**").authenticated()
                        .requestMatchers(POST, "/api/v1/legal-parameters/**").hasAuthority(ADMIN)
                        // EO 14411 implementing instruments: read by everyone logged in, recorded by administrators only
                        .requestMatchers(GET, "/api/v1/implementing-instruments/**").authenticated()
                        .requestMatchers(POST, "/api/v1/implementing-instruments").hasAuthority(ADMIN)
                        // parties and bonds: national records, written by case workers, read by case readers
                        .requestMatchers(PUT, "/api/v1/parties/*/standing").hasAuthority(SUPERVISOR)
                        .requestMatchers(POST, "/api/v1/parties", "/api/v1/parties/*/violations")
                        .hasAnyAuthority(CASE_WRITERS)
                        .requestMatchers(PUT, "/api/v1/parties/*/address").hasAnyAuthority(CASE_WRITERS)
                        // issue 15 (tiers): the inactive importers of record, before every party's reading rule
                        .requestMatchers(GET, "/api/v1/parties/inactive").hasAnyAuthority(SUPERVISOR, HQ)
                        .requestMatchers(GET, "/api/v1/parties/**").hasAnyAuthority(CASE_READERS)
                        .requestMatchers(POST, "/api/v1/bonds").hasAnyAuthority(CASE_WRITERS)
                        .requestMatchers(GET, "/api/v1/bonds/**").hasAnyAuthority(CASE_READERS)
                        // case files: opened and fed (petitions, payments) by case workers of the case's office
                        .requestMatchers(POST, "/api/v1/penalty-cases").hasAnyAuthority(CASE_WRITERS)
                        // extensions of a period: the deciding authority (supervisor or headquarters; the service
                        // applies 171.2(c) and 162.78(b))
                        .requestMatchers(POST, "/api/v1/penalty-cases/*/extensions", "/api/v1/seizure-cases/*/extensions",
                                "/api/v1/cases/*/petitions/*/late-decision")
                                .hasAnyAuthority(Roles.SUPERVISOR, Roles.HQ_FIELD_OFFICIAL, Roles.HQ_PENALTIES_BRANCH,
                                        Roles.HQ_DIRECTOR_BSTC)
                        .requestMatchers(POST, "/api/v1/liquidated-damages-cases", "/api/v1/liquidated-damages-cases/*/extension-requests",
                                "/api/v1/liquidated-damages-imports", "/api/v1/liquidated-damages-imports/*/resume")
                                .hasAnyAuthority(CASE_WRITERS)
                        .requestMatchers(POST, "/api/v1/seizure-cases/*/custody-events").hasAnyAuthority(SEIZURE_CUSTODY)
                        .requestMatchers(POST, "/api/v1/seizure-cases", "/api/v1/seizure-cases/*/abandonment",
                                "/api/v1/seizure-cases/*/claims", "/api/v1/seizure-cases/*/release-on-payment",
                                "/api/v1/seizure-cases/*/publication", "/api/v1/seizure-cases/*/interested-parties",
                                "/api/v1/seizure-cases/*/trademark-owner-consent", "/api/v1/seizure-cases/*/penalty-1592")
                                .hasAnyAuthority(CASE_WRITERS)
                        .requestMatchers(GET, "/api/v1/seizure-cases/**").hasAnyAuthority(CASE_READERS)
                        .requestMatchers(GET, "/api/v1/penalty-cases/*").hasAnyAuthority(CASE_READERS)
                        .requestMatchers(GET, "/api/v1/liquidated-damages-cases/**", "/api/v1/liquidated-damages-imports/**")
                                .hasAnyAuthority(CASE_READERS)
                        // notes and documents on a case: written by case workers, read by case readers (GET below)
                        .requestMatchers(POST, "/api/v1/cases/*/notes", "/api/v1/cases/*/attachments")
                                .hasAnyAuthority(CASE_WRITERS)
                        .requestMatchers(POST, "/api/v1/cases/*/petitions", "/api/v1/cases/*/payments",
                                "/api/v1/cases/*/offers", "/api/v1/cases/*/representations").hasAnyAuthority(CASE_WRITERS)
                        // case files: readers, limited to their offices by the case service
                        .requestMatchers(GET, "/api/v1/cases/**").hasAnyAuthority(CASE_READERS)
                        // issue 15 (standing): API rules go right below this line
                        .requestMatchers(POST, "/api/v1/parties/*/standing/clear").hasAuthority(SUPERVISOR)
                        .requestMatchers(POST, "/api/v1/parties/*/affiliates", "/api/v1/parties/*/affiliates/*/end")
                                .hasAnyAuthority(CASE_WRITERS)

                        // issue 15 (tiers): API rules go right below this line
                        .requestMatchers(POST, "/api/v1/parties/*/audit-results").hasAnyAuthority(CASE_WRITERS)

                        // issue 15 (vetting): API rules go right below this line
                        .requestMatchers(GET, "/api/v1/vettings").hasAnyAuthority(CASE_READERS)

                        // issue 15 (broker): API rules go right below this line
                        // GET /api/v1/parties/{id}/client-cases: case readers, by the parties rule above (office-scoped in BrokerLinks)

                        // issue 15 (priority): API rules go right below this line

                        // issue 15 (foreignior): API rules go right below this line

                        // issue 15 (confidentiality): API rules go right below this line
                        // confidentiality requests (EO 14411 Sec. 6): read by officers, supervisors, headquarters and
                        // counsel; recorded and withdrawn by officers and supervisors; decided, reviewed and renewed by
                        // supervisors (of the recording office: the review task's tenant)
                        .requestMatchers(POST, "/api/v1/confidentiality-requests/*/decision",
                                "/api/v1/confidentiality-requests/*/review", "/api/v1/confidentiality-requests/*/renewal")
                                .hasAuthority(SUPERVISOR)
                        .requestMatchers(POST, "/api/v1/confidentiality-requests",
                                "/api/v1/confidentiality-requests/*/withdrawal").hasAnyAuthority(CASE_WRITERS)
                        .requestMatchers(GET, "/api/v1/confidentiality-requests", "/api/v1/confidentiality-requests/*")
                                .hasAnyAuthority(Roles.OFFICER, SUPERVISOR, HQ, Roles.COUNSEL)

                        // issue 15 (whatif): API rules go right below this line
                        // the what-if dry run: administrators (it reads every office's open cases); the register under its
                        // issue-15 name, with the security of /api/v1/implementing-instruments
                        .requestMatchers(POST, "/api/v1/what-if").hasAuthority(ADMIN)
                        .requestMatchers(GET, "/api/v1/instruments/**").authenticated()
                        .requestMatchers(POST, "/api/v1/instruments").hasAuthority(ADMIN)

                        // work: the worklist for every case reader; claiming and completing for those who work tasks
                        .requestMatchers(GET, "/api/v1/tasks").hasAnyAuthority(CASE_READERS)
                        .requestMatchers(POST, "/api/v1/tasks/*/claim", "/api/v1/tasks/*/complete").hasAnyAuthority(TASK_WORKERS)
                        // aggregates for headquarters (EO 14411 Sec. 6); no party names or case details
                        .requestMatchers(GET, "/api/v1/reports/**").hasAnyAuthority(HQ, ADMIN)
                        // models: deployed and running cases moved to new versions by designers (and administrators)
                        .requestMatchers(POST, "/api/v1/designer/**").hasAnyAuthority(DESIGNER, ADMIN)
                        // the engine API: any user; Camunda's own authorizations and office (tenant) checks apply
                        // (deployment/create, the call Camunda Modeler makes, only for designers and administrators)
                        .requestMatchers(path("/engine-rest/**")).authenticated()
                        .anyRequest().denyAll());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, AuthenticationProvider engineUsers) throws Exception {
        http.authenticationProvider(engineUsers)
                .csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/**"))
                .formLogin(form -> form.loginPage("/login").failureHandler(LoginPage.keepUserName()).permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(problemEntryPoint()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/error", "/favicon.ico", "/css/**", "/webjars/**").permitAll()
                        // the officers', supervisors' and designers' pages, each for the roles that use it
                        .requestMatchers("/").authenticated()
                        .requestMatchers("/cases/new", "/cases/new/**").hasAnyAuthority(CASE_WRITERS)
                        .requestMatchers(POST, "/cases/*/notes", "/cases/*/attachments").hasAnyAuthority(CASE_WRITERS)
                        .requestMatchers("/cases", "/cases.csv", "/cases/**").hasAnyAuthority(CASE_READERS)
                        // breach imports: uploaded and resumed by case writers, read by case readers (office-scoped)
                        .requestMatchers(POST, "/imports", "/imports/**").hasAnyAuthority(CASE_WRITERS)
                        .requestMatchers("/imports", "/imports/**").hasAnyAuthority(CASE_READERS)
                        .requestMatchers("/approvals/**").hasAuthority(SUPERVISOR)
                        .requestMatchers("/dashboard/**").hasAnyAuthority(SUPERVISOR, HQ)
                        .requestMatchers("/reports/**").hasAnyAuthority(HQ, ADMIN)
                        .requestMatchers("/processes/**").hasAnyAuthority(DESIGNER, ADMIN)
                        .requestMatchers("/admin/implementing-instruments/**").hasAuthority(ADMIN)
                        // offices and legal parameters: read by everyone logged in, changed by administrators only
                        .requestMatchers(POST, "/admin/offices/**", "/admin/parameters/**").hasAuthority(ADMIN)
                        .requestMatchers(GET, "/admin", "/admin/offices/**", "/admin/parameters/**").authenticated()
                        // a party: its page for case readers, its good standing changed by supervisors
                        .requestMatchers(POST, "/parties/*/standing").hasAuthority(SUPERVISOR)
                        .requestMatchers(POST, "/parties/*/address").hasAnyAuthority(CASE_WRITERS)
                        // issue 15 (tiers): the inactive importers of record, before every party's reading rule
                        .requestMatchers(GET, "/parties/inactive", "/parties/inactive.csv").hasAnyAuthority(SUPERVISOR, HQ)
                        .requestMatchers(GET, "/parties/**").hasAnyAuthority(CASE_READERS)
                        // issue 15 (standing): page rules go right below this line
                        .requestMatchers(POST, "/parties/*/standing/clear").hasAuthority(SUPERVISOR)
                        .requestMatchers(POST, "/parties/*/affiliates", "/parties/*/affiliates/*/end",
                                "/parties/*/violations").hasAnyAuthority(CASE_WRITERS)

                        // issue 15 (tiers): page rules go right below this line
                        .requestMatchers(POST, "/parties/*/audit-results").hasAnyAuthority(CASE_WRITERS)

                        // issue 15 (vetting): page rules go right below this line
                        .requestMatchers(POST, "/parties/*/vettings/*").hasAnyAuthority(TASK_WORKERS)

                        // issue 15 (broker): page rules go right below this line
                        // the broker's section is part of the party page (/parties/{id}), readable by case readers above

                        // issue 15 (priority): page rules go right below this line

                        // issue 15 (foreignior): page rules go right below this line

                        // issue 15 (confidentiality): page rules go right below this line
                        .requestMatchers(POST, "/confidentiality-requests/*/decision", "/confidentiality-requests/*/review",
                                "/confidentiality-requests/*/renewal").hasAuthority(SUPERVISOR)
                        .requestMatchers(POST, "/confidentiality-requests", "/confidentiality-requests/*/withdrawal")
                                .hasAnyAuthority(CASE_WRITERS)
                        .requestMatchers(GET, "/confidentiality-requests", "/confidentiality-requests/*")
                                .hasAnyAuthority(Roles.OFFICER, SUPERVISOR, HQ, Roles.COUNSEL)

                        // issue 15 (whatif): page rules go right below this line
                        // "Preview the effect" on the parameter page (the instruments page is all administrators')
                        .requestMatchers(POST, "/admin/parameters/*/preview", "/admin/parameters/*/preview.csv")
                        .hasAuthority(ADMIN)

                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasAnyAuthority(ADMIN, HQ)
                        .requestMatchers("/camunda/app/admin/**", "/camunda/api/admin/**").authenticated()
                        .requestMatchers("/camunda/**").authenticated()
                        .requestMatchers("/designer/**").hasAnyAuthority(DESIGNER, ADMIN)
                        .anyRequest().authenticated());
        return http.build();
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private AuthenticationEntryPoint problemEntryPoint() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"FP&F case workflow\"");
            writeProblem(response, HttpStatus.UNAUTHORIZED, "Not logged in",
                    "Log in with your user name and password (HTTP Basic) to use this endpoint.");
        };
    }

    private AccessDeniedHandler problemAccessDenied() {
        return (request, response, e) -> writeProblem(response, HttpStatus.FORBIDDEN, "Forbidden",
                "Your role does not allow " + request.getMethod() + " " + request.getRequestURI()
                        + ". Ask a supervisor or an administrator if you need it.");
    }

    private void writeProblem(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
