package gov.fpf.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import gov.fpf.office.OfficeRepository;
import gov.fpf.office.OfficeService;
import gov.fpf.rules.penalties.Culpability;

/** Lets the benchmark open penalty cases through the service exactly as the API does, without HTTP. */
@Component
public class PenaltyBenchmarkAccess {

    private final PenaltyCaseService service;
    private final OfficeService offices;
    private final OfficeRepository officeRepository;

    PenaltyBenchmarkAccess(PenaltyCaseService service, OfficeService offices, OfficeRepository officeRepository) {
        this.service = service;
        this.offices = offices;
        this.officeRepository = officeRepository;
    }

    public String ensureBenchOffice() {
        if (!officeRepository.existsById("BENCH")) {
            offices.create("BENCH", "Benchmark office", "SEAPORT");
        }
        return "BENCH";
    }

    public String open(long partyId, Culpability culpability, LocalDate violation, LocalDate discovery,
                       BigDecimal dutiable, BigDecimal domestic, BigDecimal lor, String office) {
        return service.open(new PenaltyCaseController.NewPenaltyCase(partyId, "1592", culpability, violation, discovery,
                dutiable, domestic, lor, true, false, null, null, null, null, null, null, null, "benchmark goods", null,
                "benchmark", null, null, null, null, null, null), office, false);
    }
}
