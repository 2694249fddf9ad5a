package gov.fpf.process.identity;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;

/**
 * Single sign-on for Tasklist, Cockpit and Admin: the webapps take the user that Spring Security logged in.
 * Groups and tenants (offices) are then read from the identity service by the webapps' container filter.
 * Instantiated by class name from the filter's init parameter, hence the public no-argument constructor.
 */
public class WebappAuthenticationProvider implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Principal principal = request.getUserPrincipal();
        if (principal == null || principal.getName() == null || principal.getName().isBlank()) {
            return AuthenticationResult.unsuccessful();
        }
        return AuthenticationResult.successful(principal.getName());
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // Spring Security answers unauthenticated requests before they reach the webapps
    }
}
