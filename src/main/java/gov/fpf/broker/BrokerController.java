package gov.fpf.broker;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A broker's clients' cases (EO 14411 Sec. 4(a)), for case readers, office-scoped like every case list. */
@RestController
class BrokerController {

    private final BrokerLinks links;

    BrokerController(BrokerLinks links) {
        this.links = links;
    }

    @GetMapping("/api/v1/parties/{id}/client-cases")
    BrokerLinks.ClientCases clientCases(@PathVariable long id) {
        return links.clientCases(id);
    }
}
