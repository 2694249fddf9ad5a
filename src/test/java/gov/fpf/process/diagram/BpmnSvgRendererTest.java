package gov.fpf.process.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import gov.fpf.penalty.PenaltyCaseProcess;
import gov.fpf.process.diagram.BpmnSvgRenderer.DiagramState;

/**
 * The server-side diagrams: every model under {@code processes/} draws as well-formed SVG with one group per DI shape
 * and per DI edge, names escaped, and an instance's state visible by class, by data attribute and in words.
 */
class BpmnSvgRendererTest {

    private static final Path PROCESSES = Path.of("processes");

    @TestFactory
    Stream<DynamicTest> everyModelDrawsOneGroupPerDiagramShapeAndEdge() {
        List<Path> models = bpmnFiles();
        assertThat(models).isNotEmpty();
        return models.stream().map(file -> dynamicTest(file.toString(), () -> {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            List<DiagramElement> di = List.copyOf(model.getModelElementsByType(BpmnDiagram.class).iterator().next()
                    .getBpmnPlane().getDiagramElements());

            Document svg = parse(BpmnSvgRenderer.render(model));

            List<String> diShapes = di.stream().filter(BpmnShape.class::isInstance)
                    .map(e -> ((BpmnShape) e).getBpmnElement().getId()).sorted().toList();
            List<String> diEdges = di.stream().filter(BpmnEdge.class::isInstance)
                    .map(e -> ((BpmnEdge) e).getBpmnElement().getId()).sorted().toList();
            assertThat(groupIds(svg, "shape")).as("one shape group per BPMNShape").isEqualTo(diShapes);
            assertThat(groupIds(svg, "edge")).as("one edge group per BPMNEdge").isEqualTo(diEdges);

            Element root = svg.getDocumentElement();
            assertThat(root.getLocalName()).isEqualTo("svg");
            assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
            assertThat(root.getAttribute("role")).isEqualTo("img");
            assertThat(root.getAttribute("aria-label")).startsWith("Process diagram: ");
            assertThat(groups(svg, "shape")).allSatisfy(g ->
                    assertThat(firstChild(g).getTagName()).as("a <title> first in %s", g.getAttribute("data-element-id"))
                            .isEqualTo("title"));
            assertThat(svg.getElementsByTagName("polyline").getLength()).isEqualTo(diEdges.size());
            assertEveryShapeInsideTheViewBox(root, model);
            // a plain diagram has no legend and no state
            assertThat(svg.getElementsByTagName("g").getLength()).isGreaterThan(diShapes.size());
            assertThat(groups(svg, "legend")).isEmpty();
            assertThat(groups(svg, "shape")).noneMatch(g -> g.hasAttribute("data-state"));
        }));
    }

    @Test
    void namesAreEscapedAndKeptWholeInTheTitles() {
        String name = "Review <petition> & \"offer\" of O'Brien";
        BpmnModelInstance model = Bpmn.createExecutableProcess("EscapingProcess").name("Escaping & <stuff>")
                .startEvent("StartEvent_Opened").name("A < B & C")
                .userTask("Task_Review").name(name)
                .exclusiveGateway("Gateway_Ok").name("OK?")
                .condition("yes & more", "${ok}").endEvent("EndEvent_Yes").name("Done > started")
                .moveToLastGateway().condition("no", "${!ok}").endEvent("EndEvent_No")
                .done();

        String svg = BpmnSvgRenderer.render(model);
        Document document = parse(svg);

        assertThat(svg).doesNotContain("<petition>").contains("&lt;petition&gt;", "&amp;", "&quot;offer&quot;");
        assertThat(title(document, "Task_Review")).isEqualTo("User task: " + name);
        assertThat(title(document, "StartEvent_Opened")).isEqualTo("Start event: A < B & C");
        assertThat(document.getDocumentElement().getAttribute("aria-label")).isEqualTo("Process diagram: Escaping & <stuff>");
        assertThat(groupIds(document, "edge")).hasSize(4);
    }

    @Test
    void anInstancesStateShowsByClassDataAttributeLegendAndWords() throws IOException {
        BpmnModelInstance model = Bpmn.readModelFromFile(PROCESSES.resolve("penalty/PenaltyCaseProcess.bpmn").toFile());
        DiagramState state = new DiagramState(
                Set.of(PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT,
                        PenaltyCaseProcess.SUB_PROCESS_PENALTY_CASE_WITHIN_SOL),
                Set.of(PenaltyCaseProcess.START_EVENT_PENALTY_CASE_OPENED, PenaltyCaseProcess.TASK_CHECK_STATUTE_OF_LIMITATIONS,
                        PenaltyCaseProcess.GATEWAY_STATUTE_OF_LIMITATIONS_OPEN, PenaltyCaseProcess.START_EVENT_SOL_OPEN),
                Set.of());

        Document svg = parse(BpmnSvgRenderer.render(model, state));

        Map<String, Element> shapes = groups(svg, "shape").stream()
                .collect(Collectors.toMap(g -> g.getAttribute("data-element-id"), Function.identity()));
        Element task = shapes.get(PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT);
        assertThat(classes(task)).contains("shape", "user-task", BpmnSvgRenderer.CURRENT);
        assertThat(task.getAttribute("data-state")).isEqualTo(BpmnSvgRenderer.CURRENT);
        assertThat(title(svg, PenaltyCaseProcess.TASK_DETERMINE_CULPABILITY_AND_AMOUNT)).endsWith("(current step)");
        assertThat(classes(shapes.get(PenaltyCaseProcess.TASK_CHECK_STATUTE_OF_LIMITATIONS)))
                .contains("service-task", BpmnSvgRenderer.COMPLETED);
        assertThat(classes(shapes.get(PenaltyCaseProcess.SUB_PROCESS_PENALTY_CASE_WITHIN_SOL))).contains(BpmnSvgRenderer.CURRENT);
        assertThat(classes(shapes.get(PenaltyCaseProcess.TASK_CLOSE_CASE_SOL_EXPIRED)))
                .doesNotContain(BpmnSvgRenderer.CURRENT, BpmnSvgRenderer.COMPLETED);
        assertThat(title(svg, PenaltyCaseProcess.TASK_CLOSE_CASE_SOL_EXPIRED)).endsWith("(not reached)");
        // the flow from the completed check to the gateway was taken; the one to the closing task was not
        Map<String, Element> edges = groups(svg, "edge").stream()
                .collect(Collectors.toMap(g -> g.getAttribute("data-element-id"), Function.identity()));
        assertThat(classes(edges.get("SequenceFlow_SolChecked"))).contains(BpmnSvgRenderer.PASSED);
        assertThat(classes(edges.get("SequenceFlow_SolExpired"))).doesNotContain(BpmnSvgRenderer.PASSED);

        assertThat(groups(svg, "legend")).hasSize(1);
        String label = svg.getDocumentElement().getAttribute("aria-label");
        assertThat(label).contains("Current: ", "Determine culpability", "Completed: ");
    }

    @Test
    void elementKindsOurModelsDoNotUseYetStillDrawOneGroupEach() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("KindsProcess")
                .startEvent("StartEvent_Begin").message("Begin")
                .parallelGateway("Gateway_Split")
                .sendTask("Task_Send").name("Send")
                .inclusiveGateway("Gateway_Some")
                .scriptTask("Task_Script").scriptFormat("groovy").scriptText("1")
                .receiveTask("Task_Receive").message("Answer")
                .manualTask("Task_Manual").multiInstance().parallel().cardinality("2").multiInstanceDone()
                .intermediateThrowEvent("IntermediateEvent_Signal").signal("Ping")
                .subProcess("SubProcess_Inner").embeddedSubProcess().startEvent("StartEvent_Inner").endEvent("EndEvent_Inner")
                .subProcessDone()
                .endEvent("EndEvent_Error").error("E1")
                .moveToNode("Gateway_Split").businessRuleTask("Task_Rule").endEvent("EndEvent_Plain")
                .done();

        Document svg = parse(BpmnSvgRenderer.render(model));

        assertThat(groupIds(svg, "shape")).isEqualTo(model.getModelElementsByType(BpmnShape.class).stream()
                .map(shape -> shape.getBpmnElement().getId()).sorted().toList());
        assertThat(groupIds(svg, "edge")).hasSize(model.getModelElementsByType(BpmnEdge.class).size());
        assertThat(classes(groups(svg, "shape").stream()
                .filter(g -> "Task_Manual".equals(g.getAttribute("data-element-id"))).findFirst().orElseThrow()))
                .contains("manual-task");
    }

    @Test
    void poolsLanesAnnotationsAndMessageFlowsDraw() {
        BpmnModelInstance model = Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(COLLABORATION.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)));

        Document svg = parse(BpmnSvgRenderer.render(model));

        assertThat(groupIds(svg, "shape")).containsExactly("Lane_Officer", "Participant_Office", "Participant_Party",
                "StartEvent_Received", "TextAnnotation_Why");
        assertThat(groupIds(svg, "edge")).containsExactly("Association_Why", "MessageFlow_Notice");
        assertThat(title(svg, "TextAnnotation_Why")).isEqualTo("Text annotation: Because <the law> says so");
    }

    private static final String COLLABORATION = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Definitions_Collaboration"
                targetNamespace="http://bpmn.io/schema/bpmn">
              <bpmn:collaboration id="Collaboration_Notice">
                <bpmn:participant id="Participant_Office" name="FP&amp;F office" processRef="OfficeProcess" />
                <bpmn:participant id="Participant_Party" name="Party" />
                <bpmn:messageFlow id="MessageFlow_Notice" name="Notice" sourceRef="Participant_Office" targetRef="Participant_Party" />
                <bpmn:textAnnotation id="TextAnnotation_Why"><bpmn:text>Because &lt;the law&gt; says so</bpmn:text></bpmn:textAnnotation>
                <bpmn:association id="Association_Why" sourceRef="StartEvent_Received" targetRef="TextAnnotation_Why" />
              </bpmn:collaboration>
              <bpmn:process id="OfficeProcess" isExecutable="false">
                <bpmn:laneSet id="LaneSet_Office"><bpmn:lane id="Lane_Officer" name="Officer">
                  <bpmn:flowNodeRef>StartEvent_Received</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>
                <bpmn:startEvent id="StartEvent_Received" name="Received" />
              </bpmn:process>
              <bpmndi:BPMNDiagram id="BPMNDiagram_Collaboration">
                <bpmndi:BPMNPlane id="BPMNPlane_Collaboration" bpmnElement="Collaboration_Notice">
                  <bpmndi:BPMNShape id="Participant_Office_di" bpmnElement="Participant_Office" isHorizontal="true">
                    <dc:Bounds x="100" y="100" width="600" height="200" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="Lane_Officer_di" bpmnElement="Lane_Officer" isHorizontal="true">
                    <dc:Bounds x="130" y="100" width="570" height="200" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="StartEvent_Received_di" bpmnElement="StartEvent_Received">
                    <dc:Bounds x="200" y="180" width="36" height="36" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="TextAnnotation_Why_di" bpmnElement="TextAnnotation_Why">
                    <dc:Bounds x="300" y="120" width="150" height="40" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="Participant_Party_di" bpmnElement="Participant_Party" isHorizontal="true">
                    <dc:Bounds x="100" y="400" width="600" height="60" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNEdge id="Association_Why_di" bpmnElement="Association_Why">
                    <di:waypoint x="236" y="198" /><di:waypoint x="300" y="140" /></bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="MessageFlow_Notice_di" bpmnElement="MessageFlow_Notice">
                    <di:waypoint x="400" y="300" /><di:waypoint x="400" y="400" /></bpmndi:BPMNEdge>
                </bpmndi:BPMNPlane>
              </bpmndi:BPMNDiagram>
            </bpmn:definitions>
            """;

    @Test
    void textWrapsAtWordsAndCutsWordsLongerThanALine() {
        assertThat(DiagramText.wrap("Determine culpability and amount", 88, 11))
                .containsExactly("Determine", "culpability", "and amount");
        assertThat(DiagramText.wrap("National-security exception proposed?", 90, 11))
                .containsExactly("National-", "security", "exception", "proposed?");
        assertThat(DiagramText.wrap("first line\nsecond", 500, 11)).containsExactly("first line", "second");
        assertThat(DiagramText.wrap("Supercalifragilistic", 40, 11))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(6));
        assertThat(SvgCanvas.num(12.0)).isEqualTo("12");
        assertThat(SvgCanvas.num(450.5)).isEqualTo("450.5");
        assertThat(SvgCanvas.esc("a\u0001b<")).isEqualTo("ab&lt;");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    static List<Element> groups(Document svg, String cssClass) {
        List<Element> found = new ArrayList<>();
        NodeList all = svg.getElementsByTagName("g");
        for (int i = 0; i < all.getLength(); i++) {
            Element g = (Element) all.item(i);
            if (classes(g).contains(cssClass)) {
                found.add(g);
            }
        }
        return found;
    }

    static List<String> groupIds(Document svg, String cssClass) {
        return groups(svg, cssClass).stream().map(g -> g.getAttribute("data-element-id")).sorted().toList();
    }

    static Set<String> classes(Element element) {
        return new HashSet<>(Arrays.asList(element.getAttribute("class").split("\\s+")));
    }

    static String title(Document svg, String elementId) {
        return groups(svg, "shape").stream().filter(g -> elementId.equals(g.getAttribute("data-element-id")))
                .map(g -> firstChild(g).getTextContent()).findFirst()
                .orElseThrow(() -> new AssertionError("no shape " + elementId));
    }

    private static Element firstChild(Element element) {
        for (int i = 0; i < element.getChildNodes().getLength(); i++) {
            if (element.getChildNodes().item(i) instanceof Element child) {
                return child;
            }
        }
        throw new AssertionError("empty group");
    }

    private static void assertEveryShapeInsideTheViewBox(Element root, BpmnModelInstance model) {
        double[] box = Arrays.stream(root.getAttribute("viewBox").split(" ")).mapToDouble(Double::parseDouble).toArray();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            BaseElement element = shape.getBpmnElement();
            double x = shape.getBounds().getX();
            double y = shape.getBounds().getY();
            assertThat(x).as("%s left", element.getId()).isGreaterThanOrEqualTo(box[0]);
            assertThat(y).as("%s top", element.getId()).isGreaterThanOrEqualTo(box[1]);
            assertThat(x + shape.getBounds().getWidth()).as("%s right", element.getId()).isLessThanOrEqualTo(box[0] + box[2]);
            assertThat(y + shape.getBounds().getHeight()).as("%s bottom", element.getId()).isLessThanOrEqualTo(box[1] + box[3]);
        }
    }

    private static List<Path> bpmnFiles() {
        try (Stream<Path> files = Files.walk(PROCESSES)) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
