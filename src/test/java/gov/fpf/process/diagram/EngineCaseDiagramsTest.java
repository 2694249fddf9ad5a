package gov.fpf.process.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import gov.fpf.ApplicationTest;
import gov.fpf.penalty.PenaltyCaseProcess;

/**
 * A case's diagram from the engine: a penalty case opened through the API waits at the culpability task inside the
 * statute-of-limitations sub-process, and the diagram says so by class, data attribute, title and label.
 */
class EngineCaseDiagramsTest extends ApplicationTest {

    @Autowired
    CaseDiagrams caseDiagrams;

    @Test
    void aNewPenaltyCaseShowsItsCurrentTaskAndTheStepsItHasCompleted() throws Exception {
        String caseNumber = openPenaltyCase("Diagram Fasteners Inc", "400000", "600000", "20000").get("caseNumber").asText();

        String svg = caseDiagrams.svgForCase(caseNumber).orElseThrow();
        saveForPeopleToLookAt(svg);
        Document document = BpmnSvgRendererTest.parse(svg);

        Map<String, Element> shapes = shapes(document);
        assertThat(state(shapes, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT)).isEqualTo("current");
        assertThat(BpmnSvgRendererTest.classes(shapes.get(PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT)))
                .contains("user-task", BpmnSvgRenderer.CURRENT);
        // the sub-process the task is in is current too; what led there is completed
        assertThat(state(shapes, PenaltyCaseProcess.SUB_PROCESS_PENALTY_CASE_WITHIN_SOL)).isEqualTo("current");
        for (String done : new String[] {PenaltyCaseProcess.START_EVENT_PENALTY_CASE_OPENED,
                PenaltyCaseProcess.TASK_CHECK_STATUTE_OF_LIMITATIONS, PenaltyCaseProcess.GATEWAY_STATUTE_OF_LIMITATIONS_OPEN,
                PenaltyCaseProcess.START_EVENT_SOL_OPEN}) {
            assertThat(state(shapes, done)).as(done).isEqualTo("completed");
        }
        assertThat(state(shapes, PenaltyCaseProcess.TASK_CLOSE_CASE_SOL_EXPIRED)).isEmpty();
        assertThat(state(shapes, PenaltyCaseProcess.TASK_REVIEW_REPRESENTATIONS)).isEmpty();
        assertThat(BpmnSvgRendererTest.title(document, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT))
                .endsWith("(current step)");
        assertThat(document.getDocumentElement().getAttribute("aria-label"))
                .contains("Current: ", "Determine culpability");
        assertThat(BpmnSvgRendererTest.groups(document, "legend")).hasSize(1);
    }

    @Test
    void aCaseWithoutAProcessOrAnUnknownDefinitionHasNoDiagram() {
        assertThat(caseDiagrams.svgForCase("2099-PEN-999999")).isEmpty();
        assertThat(caseDiagrams.svgForDefinition("NoSuchProcess:1:none")).isEmpty();
    }

    @Test
    void aCaseInPetitionReviewShowsItsOwnProcessWaitingAtTheCallNotTheCalledProcess() throws Exception {
        // a $900 penalty needs no pre-penalty notice: the penalty notice goes out and a petition can be filed
        JsonNode opened = openPenaltyCase("Diagram Parcel Sender", "3000", "3500", "450");
        String caseNumber = opened.get("caseNumber").asText();
        mvc.perform(post("officer1", "/api/v1/tasks/{id}/complete", """
                        {"culpability":"NEGLIGENCE","proposedAmount":900,"amountRationale":"first violation"}""",
                        opened.get("openTasks").get(0).get("id").asText()))
                .andExpect(status().isNoContent());
        mvc.perform(post("officer1", "/api/v1/cases/" + caseNumber + "/petitions",
                        "{\"filedDate\":\"" + seaportToday() + "\",\"supplemental\":false,\"grounds\":\"first offense\"}"))
                .andExpect(status().isCreated());

        // the petition review now runs under the same business key, started after the case's own process
        Document document = BpmnSvgRendererTest.parse(caseDiagrams.svgForCase(caseNumber).orElseThrow());

        assertThat(document.getDocumentElement().getAttribute("data-process-id")).isEqualTo(PenaltyCaseProcess.KEY);
        Map<String, Element> shapes = shapes(document);
        assertThat(state(shapes, PenaltyCaseProcess.CALL_ACTIVITY_REVIEW_PETITION)).isEqualTo("current");
        assertThat(state(shapes, PenaltyCaseProcess.INTERMEDIATE_EVENT_PETITION_RECEIVED)).isEqualTo("completed");
        assertThat(state(shapes, PenaltyCaseProcess.GATEWAY_AWAIT_PETITION_OR_PAYMENT)).isEqualTo("completed");
        assertThat(state(shapes, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT)).isEqualTo("completed");
        assertThat(state(shapes, PenaltyCaseProcess.TASK_ISSUE_PRE_PENALTY_NOTICE)).isEmpty();
    }

    private static Map<String, Element> shapes(Document document) {
        return BpmnSvgRendererTest.groups(document, "shape").stream()
                .collect(Collectors.toMap(g -> g.getAttribute("data-element-id"), Function.identity()));
    }

    private static String state(Map<String, Element> shapes, String elementId) {
        assertThat(shapes).containsKey(elementId);
        return shapes.get(elementId).getAttribute("data-state");
    }

    private JsonNode openPenaltyCase(String partyName, String dutiable, String domestic, String lossOfRevenue)
            throws Exception {
        long partyId = json.readTree(mvc.perform(post("officer1", "/api/v1/parties", usEntityJson(partyName)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        String body = """
                {"partyId":%d,"statute":"1592","culpability":"NEGLIGENCE","violationDate":"2025-06-02",
                 "discoveryDate":"2025-09-15","dutiableValue":%s,"domesticValue":%s,"lossOfRevenue":%s,
                 "commercial":true,"priorDisclosure":false,"merchandiseDescription":"steel fasteners",
                 "entryNumbers":["ABC-1234567-8"],"materialFacts":"misdeclared"}"""
                .formatted(partyId, dutiable, domestic, lossOfRevenue);
        return json.readTree(mvc.perform(post("officer1", "/api/v1/penalty-cases", body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    /** Not an assertion: the picture, for a person to open after the build. */
    private static void saveForPeopleToLookAt(String svg) throws Exception {
        Path file = Path.of("target", "diagrams", "PenaltyCaseProcess.svg");
        Files.createDirectories(file.getParent());
        Files.writeString(file, svg);
    }
}
