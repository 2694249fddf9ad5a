package gov.fpf.process.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import gov.fpf.process.diagram.BpmnSvgRenderer.DiagramState;

/**
 * The drawing of our models, pinned to the byte: each model (a copy of {@code processes/} kept as a fixture, so a
 * change to a live model does not move this test) and a small collaboration with pools, lanes and an annotation,
 * drawn plain and in two instance states, must hash to what it did when the digests were recorded. A change to the
 * drawing code that is meant to change the picture updates the digests below (the failure lists the new ones and
 * writes the SVGs under {@code target/diagram-golden/}).
 */
class BpmnSvgRendererGoldenTest {

    private static final String FIXTURES = "/gov/fpf/process/diagram/models/";
    private static final List<String> MODELS = List.of("LiquidatedDamagesClaimProcess", "PenaltyCaseProcess",
            "PetitionReviewProcess", "ReferralFollowUpProcess", "SeizureForfeitureProcess",
            "Collaboration");

    /** Drawing name to SHA-256 of its SVG (UTF-8). */
    private static final Map<String, String> RECORDED = Map.ofEntries(
            Map.entry("Collaboration-every-state", "4eaecd76ce56d45f7d4f74ae56e6032202b840201263c2b5541a8c3e5c6ea4e2"),
            Map.entry("Collaboration-no-interruption",
                    "4eaecd76ce56d45f7d4f74ae56e6032202b840201263c2b5541a8c3e5c6ea4e2"),
            Map.entry("Collaboration-plain", "c4de2210cb6fb6d8088a75cc61eef763ea1e2ad4c3a1810b6f1c42e0a193e978"),
            Map.entry("LiquidatedDamagesClaimProcess-every-state",
                    "4839754bef9af1c35bcca861e28361f50bd34f7df426fe2dcccac8b66da284c8"),
            Map.entry("LiquidatedDamagesClaimProcess-no-interruption",
                    "96e62f6b8da05e2e11e5ba6d61b20f261469be7e3d0c631542e656ed016d5b04"),
            Map.entry("LiquidatedDamagesClaimProcess-plain",
                    "200d71543478226b16fdbf3cf1c1b0e2c6610be7fc7da744a69ff3228afc090c"),
            Map.entry("PenaltyCaseProcess-every-state",
                    "7c01544136e814f0a810b4c1646ef95d6d65500cd1cd24d654d6ca0270292207"),
            Map.entry("PenaltyCaseProcess-no-interruption",
                    "2264e9959b7c6d06f37445275706531ccbf8d152ff16379a03c45da973784c26"),
            Map.entry("PenaltyCaseProcess-plain", "2764007178c8205635c571c08837c5d7c8e174473b5c0ca9b6c0b65740385040"),
            Map.entry("PetitionReviewProcess-every-state",
                    "7d3baded6f7837631eb74be00abd102d2aa3a0eb69fb549c170f0100b55aa4a5"),
            Map.entry("PetitionReviewProcess-no-interruption",
                    "a8db66d3b5435091f4fc3287d24a3ea12154e1e30dbbcd52ff70b6810c6c177a"),
            Map.entry("PetitionReviewProcess-plain",
                    "af2ffcbb1bb2fe950189636d3775ea5ab3f03f45e2df7d5ecfb19c040facd6fc"),
            Map.entry("ReferralFollowUpProcess-every-state",
                    "47c52c4738fe1680778aadbb5c58fc3adc3fb849a84ad2f79273ae41d183c9fe"),
            Map.entry("ReferralFollowUpProcess-no-interruption",
                    "b8456858632b132de841d62c098fc4e26066a961a637f7902d35a94c46c070ab"),
            Map.entry("ReferralFollowUpProcess-plain",
                    "bc9552f9a4e9fa884f74a81a4b0d85eb212da4c72d67ea526211f7a0302cfb71"),
            Map.entry("SeizureForfeitureProcess-every-state",
                    "eaeeb395d320277ea05de9203a3defe5a56acf25b47e693bec34705b0d3b80de"),
            Map.entry("SeizureForfeitureProcess-no-interruption",
                    "e2ab50bbb2ae5416e60273437e2e6c365f799889f63dffe06fd5603abc3a4e7f"),
            Map.entry("SeizureForfeitureProcess-plain",
                    "859e94050b71b9d6788d3027c08307f1e40cf3f3b9faab8abfeb3f9c240366b5"));

    @TestFactory
    Stream<DynamicTest> everyModelDrawsAsRecorded() {
        Map<String, String> drawings = new LinkedHashMap<>();
        for (String name : MODELS) {
            BpmnModelInstance model = model(name);
            drawings.put(name + "-plain", BpmnSvgRenderer.render(model));
            drawings.put(name + "-every-state", BpmnSvgRenderer.render(model, everyState(model)));
            drawings.put(name + "-no-interruption", BpmnSvgRenderer.render(model, noInterruption(model)));
        }
        List<String> mismatches = new ArrayList<>();
        drawings.forEach((name, svg) -> {
            if (!sha256(svg).equals(RECORDED.get(name))) {
                mismatches.add("Map.entry(\"" + name + "\", \"" + sha256(svg) + "\")");
                write(name, svg);
            }
        });
        return drawings.keySet().stream().map(name -> dynamicTest(name, () ->
                assertThat(sha256(drawings.get(name))).as("drawing %s; all differing digests:%n%s", name,
                        String.join(",\n", mismatches)).isEqualTo(RECORDED.get(name))));
    }

    /** Flow nodes in id order, in turn completed, current, interrupted and not reached; flows between them taken. */
    private static DiagramState everyState(BpmnModelInstance model) {
        List<String> ids = flowNodeIds(model);
        Set<String> current = new TreeSet<>();
        Set<String> completed = new TreeSet<>();
        Set<String> interrupted = new TreeSet<>();
        for (int i = 0; i < ids.size(); i++) {
            switch (i % 4) {
                case 0 -> completed.add(ids.get(i));
                case 1 -> current.add(ids.get(i));
                case 2 -> interrupted.add(ids.get(i));
                default -> { }
            }
        }
        return new DiagramState(current, completed, interrupted);
    }

    /** Two thirds completed, a third current, none interrupted: the legend leaves "Interrupted" out. */
    private static DiagramState noInterruption(BpmnModelInstance model) {
        List<String> ids = flowNodeIds(model);
        Set<String> current = new TreeSet<>();
        Set<String> completed = new TreeSet<>();
        for (int i = 0; i < ids.size(); i++) {
            (i % 3 == 2 ? current : completed).add(ids.get(i));
        }
        return new DiagramState(current, completed, Set.of());
    }

    private static List<String> flowNodeIds(BpmnModelInstance model) {
        return model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).sorted().toList();
    }

    private static BpmnModelInstance model(String name) {
        try (InputStream in = BpmnSvgRendererGoldenTest.class.getResourceAsStream(FIXTURES + name + ".bpmn.xml")) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return Bpmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String svg) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(String name, String svg) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "diagram-golden"));
            Files.writeString(dir.resolve(name + ".svg"), svg, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
