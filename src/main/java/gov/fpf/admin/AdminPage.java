package gov.fpf.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /admin}: the administration pages each role may use (offices, legal parameters, EO instruments, Camunda Admin). */
@Controller
class AdminPage {

    @GetMapping("/admin")
    String index() {
        return "admin/index";
    }
}
