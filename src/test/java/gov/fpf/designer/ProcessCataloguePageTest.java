package gov.fpf.designer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.w3c.dom.Document;

import gov.fpf.ApplicationTest;
import gov.fpf.liquidateddamages.LiquidatedDamagesClaimProcess;
import gov.fpf.mitigation.PetitionReviewProcess;
import gov.fpf.penalty.PenaltyCaseProcess;
import gov.fpf.process.modeling.ProcessCatalogue;
import gov.fpf.referral.ReferralFollowUpProcess;
import gov.fpf.seizure.SeizureForfeitureProcess;

/** The designers' catalogue: who may open it, what it lists and counts, the diagram, and the model as deployed. */
class ProcessCataloguePageTest extends ApplicationTest {

    private static final List<String> EVERY_PROCESS = List.of(PenaltyCaseProcess.KEY, LiquidatedDamagesClaimProcess.KEY,
            SeizureForfeitureProcess.KEY, PetitionReviewProcess.KEY, ReferralFollowUpProcess.KEY);

    @Autowired
    ProcessCatalogue catalogue;

    @Test
    void aDesignerSeesEveryDeployedProcessWithItsVersionsCountsAndCockpitLinks() throws Exception {
        // given a running penalty case (the test profile seeds no demo cases)
        openPenaltyCase();

        String page = html("designer1", "/processes");

        for (String key : EVERY_PROCESS) {
            ProcessCatalogue.ProcessModel model = catalogue.process(key).orElseThrow();
            assertThat(page).as(key).contains("data-key=\"" + key + "\"", "href=\"/processes/" + key + "\"",
                    "/camunda/app/cockpit/default/#/process-definition/" + model.latest().definitionId(),
                    "/processes/" + key + "/" + model.latest().version() + ".bpmn");
            assertThat(model.latest().versionTag()).as("%s version tag", key).isNotBlank();
            assertThat(page).contains(model.latest().versionTag());
        }
        // cases run on the family processes, and the page counts them per version
        assertThat(catalogue.process(PenaltyCaseProcess.KEY).orElseThrow().runningInstances()).isPositive();
        assertThat(page).containsPattern("data-version=\"\\d+\" data-running=\"[1-9]\\d*\"");
        // decision tables in their own table
        assertThat(page).contains("id=\"decisions\"", "data-key=\"" + PetitionReviewProcess.ROUTING_DECISION_KEY + "\"",
                "data-key=\"" + SeizureForfeitureProcess.DECISION_KEY + "\"", "/#/decision-definition/");
    }

    @Test
    void aProcessPageCountsANewlyOpenedCaseAndShowsTheDiagram() throws Exception {
        long before = runningTotal(html("designer1", "/processes/" + PenaltyCaseProcess.KEY));

        openPenaltyCase();

        String page = html("designer1", "/processes/" + PenaltyCaseProcess.KEY);
        assertThat(runningTotal(page)).isEqualTo(before + 1);
        ProcessCatalogue.ProcessVersion latest = catalogue.process(PenaltyCaseProcess.KEY).orElseThrow().latest();
        assertThat(page).contains("<svg", "data-process-id=\"" + PenaltyCaseProcess.KEY + "\"",
                "data-element-id=\"" + PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT + "\"",
                "id=\"versions\"", "data-version=\"" + latest.version() + "\" data-running=\"" + latest.runningInstances() + "\"",
                "/processes/" + PenaltyCaseProcess.KEY + "/" + latest.version() + ".svg");
        // a version picked by number shows the same way
        assertThat(html("designer1", "/processes/" + PenaltyCaseProcess.KEY + "?version=" + latest.version()))
                .contains("data-process-id=\"" + PenaltyCaseProcess.KEY + "\"");
    }

    @Test
    void theBpmnDownloadIsTheModelAsDeployed() throws Exception {
        int version = catalogue.process(PenaltyCaseProcess.KEY).orElseThrow().latest().version();

        byte[] xml = mvc.perform(get("designer1", "/processes/{key}/{version}.bpmn", PenaltyCaseProcess.KEY, version))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_XML))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"" + PenaltyCaseProcess.KEY + "-v" + version + ".bpmn\""))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(xml).isEqualTo(Files.readAllBytes(Path.of(PenaltyCaseProcess.RESOURCE)));
        assertThat(parse(xml).getDocumentElement().getLocalName()).isEqualTo("definitions");
    }

    @Test
    void theDiagramAloneIsSvg() throws Exception {
        int version = catalogue.process(SeizureForfeitureProcess.KEY).orElseThrow().latest().version();

        byte[] svg = mvc.perform(get("admin", "/processes/{key}/{version}.svg", SeizureForfeitureProcess.KEY, version))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
                .andReturn().getResponse().getContentAsByteArray();

        Document document = parse(svg);
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(document.getDocumentElement().getAttribute("data-process-id")).isEqualTo(SeizureForfeitureProcess.KEY);
    }

    @Test
    void officersMayNotOpenTheCatalogue() throws Exception {
        mvc.perform(get("officer1", "/processes")).andExpect(status().isForbidden());
        mvc.perform(get("officer1", "/processes/{key}", PenaltyCaseProcess.KEY)).andExpect(status().isForbidden());
        mvc.perform(get("supervisor1", "/processes/{key}/1.bpmn", PenaltyCaseProcess.KEY)).andExpect(status().isForbidden());
    }

    @Test
    void anUnknownProcessOrVersionIsNotFound() throws Exception {
        mvc.perform(get("designer1", "/processes/NoSuchProcess")).andExpect(status().isNotFound());
        mvc.perform(get("designer1", "/processes/{key}?version=9999", PenaltyCaseProcess.KEY)).andExpect(status().isNotFound());
        mvc.perform(get("designer1", "/processes/{key}/9999.bpmn", PenaltyCaseProcess.KEY)).andExpect(status().isNotFound());
    }

    private String html(String user, String path) throws Exception {
        return mvc.perform(get(user, path)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();
    }

    private static long runningTotal(String page) {
        Matcher total = Pattern.compile("id=\"running-total\">(\\d+)<").matcher(page);
        assertThat(total.find()).as("running total on the page").isTrue();
        return Long.parseLong(total.group(1));
    }

    private void openPenaltyCase() throws Exception {
        long partyId = json.readTree(mvc.perform(post("officer1", "/api/v1/parties", usEntityJson("Catalogue Count Co")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        mvc.perform(post("officer1", "/api/v1/penalty-cases", """
                        {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                         "discoveryDate":"2025-09-15","dutiableValue":400000,"domesticValue":600000,"lossOfRevenue":20000,
                         "commercial":true,"priorDisclosure":false,"merchandiseDescription":"bolts",
                         "entryNumbers":["ABC-1234567-8"],"materialFacts":"misdeclared"}""".formatted(partyId)))
                .andExpect(status().isCreated());
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
