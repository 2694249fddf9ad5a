package gov.fpf.it;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import gov.fpf.casefile.CaseFileService;
import gov.fpf.office.OfficeRepository;
import gov.fpf.office.OfficeService;
import gov.fpf.process.identity.EngineAccess;
import gov.fpf.rules.LegalParameters;
import gov.fpf.system.Roles;

/**
 * The application on MariaDB through Connector/J with the mysql profile, exactly as production runs it: Flyway
 * migrations, Hibernate validation, the engine's MySQL tables, READ COMMITTED, and no demo data (the suite makes its
 * own offices and users). Every MariaDB test class extends this one, so they all share one Spring context. The schema
 * fpf_it is recreated by .ci/run; {@code -Dit.schema=...} names another one (granted to the fpf_it user), so two runs on
 * one server need not share a schema.
 */
@ExtendWith(MariaDbAvailable.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "FPF_DB_URL=jdbc:mysql://127.0.0.1:3306/${it.schema:fpf_it}?sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&useSSL=false&allowPublicKeyRetrieval=true&characterEncoding=UTF-8&connectionCollation=utf8mb4_bin",
        "FPF_DB_USER=fpf_it",
        "FPF_DB_PASSWORD=fpf_it",
        "FPF_ADMIN_PASSWORD=it-admin-secret",
        "camunda.bpm.job-execution.enabled=false",
        "logging.level.root=WARN"})
@AutoConfigureMockMvc
@ActiveProfiles("mysql")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MariaDbSuite {

    /** OFFICE_A's zone; its cases' legal dates are its local dates (OfficeCalendar). */
    protected static final java.time.ZoneId ZONE_A = java.time.ZoneId.of("America/Los_Angeles");

    /** A seaport office (America/Los_Angeles): officers itofficera, itsupervisor (with itsupervisor2 for four eyes), itcustodian. */
    protected static final String OFFICE_A = "ITSEA";
    /** An airport office (America/New_York): officer itofficerb. */
    protected static final String OFFICE_B = "ITAIR";

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected ObjectMapper json;

    @Autowired
    protected PlatformTransactionManager transactionManager;

    @Autowired
    protected CaseFileService caseFiles;

    @Autowired
    protected OfficeService officeService;

    @Autowired
    protected OfficeRepository offices;

    @Autowired
    protected EngineAccess engineAccess;

    @Autowired
    protected LegalParameters parameters;

    @BeforeAll
    void officesAndUsers() {
        if (!offices.existsById(OFFICE_A)) {
            inTransaction(() -> officeService.create(OFFICE_A, "IT seaport", "SEAPORT", "America/Los_Angeles"));
        }
        if (!offices.existsById(OFFICE_B)) {
            inTransaction(() -> officeService.create(OFFICE_B, "IT airport", "AIRPORT", "America/New_York"));
        }
        engineAccess.ensureUser("itofficera", "pw-a", "IT", "Officer A", List.of(Roles.OFFICER), Set.of(OFFICE_A));
        engineAccess.ensureUser("itofficerb", "pw-b", "IT", "Officer B", List.of(Roles.OFFICER), Set.of(OFFICE_B));
        engineAccess.ensureUser("itsupervisor", "pw-s", "IT", "Supervisor", List.of(Roles.SUPERVISOR, Roles.OFFICER),
                Set.of(OFFICE_A));
        engineAccess.ensureUser("itsupervisor2", "pw-s2", "IT", "Second Supervisor", List.of(Roles.SUPERVISOR),
                Set.of(OFFICE_A));
        engineAccess.ensureUser("itcustodian", "pw-c", "IT", "Custodian", List.of(Roles.CUSTODIAN), Set.of(OFFICE_A));
        engineAccess.ensureUser("itdesigner", "pw-d", "IT", "Designer", List.of(Roles.DESIGNER), Set.of());
    }

    /** Today at OFFICE_A, never later than at OFFICE_B. */
    protected static java.time.LocalDate todayAtA() {
        return java.time.LocalDate.now(ZONE_A);
    }

    protected <T> T inTransaction(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(s -> work.get());
    }

    protected static MockHttpServletRequestBuilder get(String user, String password, String path) {
        return MockMvcRequestBuilders.get(path).with(httpBasic(user, password));
    }

    protected static MockHttpServletRequestBuilder post(String user, String password, String path, String body) {
        return MockMvcRequestBuilders.post(path).with(httpBasic(user, password)).contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    protected static MockHttpServletRequestBuilder put(String user, String password, String path, String body) {
        return MockMvcRequestBuilders.put(path).with(httpBasic(user, password)).contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }
}
