package gov.fpf.designer;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import gov.fpf.process.diagram.CaseDiagrams;
import gov.fpf.process.modeling.ProcessCatalogue;
import gov.fpf.process.modeling.ProcessCatalogue.ProcessModel;
import gov.fpf.process.modeling.ProcessCatalogue.ProcessVersion;
import gov.fpf.system.Problems;

/**
 * The designers' process catalogue (designers and administrators, see SecurityConfig): every deployed process with
 * its versions and running instances, the diagram of a version drawn on the server, the BPMN XML as deployed, and
 * links into Cockpit for the instances themselves.
 */
@Controller
@RequestMapping("/processes")
class ProcessCataloguePage {

    private static final MediaType SVG = new MediaType("image", "svg+xml", StandardCharsets.UTF_8);

    private final ProcessCatalogue catalogue;
    private final CaseDiagrams diagrams;

    ProcessCataloguePage(ProcessCatalogue catalogue, CaseDiagrams diagrams) {
        this.catalogue = catalogue;
        this.diagrams = diagrams;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("processes", catalogue.processes());
        model.addAttribute("decisions", catalogue.decisions());
        return "designer/processes";
    }

    /** One process; the newest version unless {@code version} picks another. */
    @GetMapping("/{key}")
    String process(@PathVariable String key, @RequestParam(required = false) Integer version, Model model) {
        ProcessModel process = process(key);
        ProcessVersion selected = version == null ? process.latest() : version(process, version);
        model.addAttribute("process", process);
        model.addAttribute("selected", selected);
        model.addAttribute("diagram", diagrams.svgForDefinition(selected.definitionId()).orElse(null));
        return "designer/process";
    }

    @GetMapping("/{key}/{version:\\d+}.bpmn")
    ResponseEntity<byte[]> bpmn(@PathVariable String key, @PathVariable int version) {
        byte[] xml = catalogue.bpmnXml(key, version).orElseThrow(() -> notFound(key, version));
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(key + "-v" + version + ".bpmn").build().toString())
                .body(xml);
    }

    /** The diagram alone, to open full size or save for a report. */
    @GetMapping("/{key}/{version:\\d+}.svg")
    ResponseEntity<String> svg(@PathVariable String key, @PathVariable int version) {
        ProcessVersion selected = version(process(key), version);
        String svg = diagrams.svgForDefinition(selected.definitionId()).orElseThrow(() -> notFound(key, version));
        return ResponseEntity.ok().contentType(SVG).body(svg);
    }

    private ProcessModel process(String key) {
        return catalogue.process(key).orElseThrow(() -> new Problems.NotFound(
                "No process with key " + key + " is deployed; the catalogue at /processes lists those that are."));
    }

    private static ProcessVersion version(ProcessModel process, int version) {
        return process.version(version).orElseThrow(() -> notFound(process.key(), version));
    }

    private static Problems.NotFound notFound(String key, int version) {
        return new Problems.NotFound("Process " + key + " has no deployed version " + version
                + "; the catalogue page of " + key + " lists the versions there are.");
    }
}
