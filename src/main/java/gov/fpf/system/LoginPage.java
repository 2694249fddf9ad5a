package gov.fpf.system;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The form-login page (POST /login is Spring Security's, CSRF-protected). After a failed login the page shows the user
 * name that was typed (kept in the session for that one redirect, printed escaped) so only the password is typed
 * again; the password is never kept.
 */
@Controller
class LoginPage {

    static final String LAST_USER_NAME = "fpf.login.lastUserName";

    /** at most this many characters of a typed user name are kept (engine user ids are short) */
    private static final int MAX_KEPT = 128;

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        Object kept = session.getAttribute(LAST_USER_NAME);
        if (kept instanceof String name) {
            session.removeAttribute(LAST_USER_NAME);
            model.addAttribute("lastUserName", name);
        }
        return "login";
    }

    /** Spring Security's failure redirect to /login?error, keeping the user name that was typed (never the password). */
    static AuthenticationFailureHandler keepUserName() {
        SimpleUrlAuthenticationFailureHandler redirect = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return (request, response, exception) -> {
            String name = request.getParameter("username");
            if (name != null && !name.isBlank()) {
                String kept = name.strip();
                request.getSession().setAttribute(LAST_USER_NAME,
                        kept.length() > MAX_KEPT ? kept.substring(0, MAX_KEPT) : kept);
            }
            redirect.onAuthenticationFailure(request, response, exception);
        };
    }
}
