package gov.fpf.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The form-login page (POST /login is Spring Security's, CSRF-protected). */
@Controller
class LoginPage {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
