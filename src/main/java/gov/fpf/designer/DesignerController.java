package gov.fpf.designer;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import gov.fpf.process.modeling.ModelDeployments;
import gov.fpf.process.modeling.ModelDeployments.DeploymentResult;
import gov.fpf.process.modeling.ModelDeployments.ModelsRefused;
import gov.fpf.process.modeling.ProcessMigrations;
import gov.fpf.process.modeling.ProcessMigrations.DryRun;
import gov.fpf.process.modeling.ProcessMigrations.Outcome;
import gov.fpf.process.modeling.ProcessMigrations.Plan;
import gov.fpf.system.Problems;

/**
 * For process designers (and administrators): deploy a revised model, refused with a report when it breaks a
 * house rule, and move running cases onto the new version: plan, dry run, execute. Camunda Modeler deploys through
 * {@code /engine-rest/deployment/create} instead, with the same checks.
 */
@RestController
@RequestMapping("/api/v1/designer")
class DesignerController {

    private final ModelDeployments deployments;
    private final ProcessMigrations migrations;

    DesignerController(ModelDeployments deployments, ProcessMigrations migrations) {
        this.deployments = deployments;
        this.migrations = migrations;
    }

    /**
     * The migration the designer asks for.
     *
     * @param renamedActivities   old activity id to new activity id, for activities the new version renamed
     * @param updateEventTriggers re-evaluate timers from the new version (default false: deadlines keep their dates)
     * @param processInstanceIds  execute only: just these cases (default: every case that can move)
     * @param asBatch             execute only: run as a Camunda batch on the job executor whatever the number
     */
    record MigrationRequest(@NotBlank @Size(max = 255) String processDefinitionKey, Integer sourceVersion,
                            Integer targetVersion, Map<String, String> renamedActivities, Boolean updateEventTriggers,
                            List<String> processInstanceIds, Boolean asBatch) {

        ProcessMigrations.Request toRequest() {
            return new ProcessMigrations.Request(processDefinitionKey, sourceVersion, targetVersion,
                    renamedActivities, Boolean.TRUE.equals(updateEventTriggers), processInstanceIds,
                    Boolean.TRUE.equals(asBatch));
        }
    }

    /**
     * Deploys .bpmn, .dmn and .form files (multipart parts named {@code files}) as one deployment. 201 with the new
     * versions; 400 with {@code findings} (resource, element id, line, rule, what to change) when a model breaks a
     * house rule, in which case nothing is deployed.
     */
    @PostMapping(path = "/deployments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    DeploymentResult deploy(@RequestPart("files") List<MultipartFile> files,
                            @RequestParam(name = "deploymentName", required = false) String deploymentName,
                            @RequestParam(name = "deployChangedOnly", defaultValue = "false") boolean deployChangedOnly) {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (MultipartFile file : files) {
            String name = file.getOriginalFilename();
            if (name == null || name.isBlank()) {
                throw new Problems.InvalidInput("Every file needs its file name (e.g. PenaltyCaseProcess.bpmn): the "
                        + "engine deploys it under that name.");
            }
            try {
                contents.put(name, file.getBytes());
            } catch (IOException e) {
                throw new Problems.InvalidInput("Could not read the uploaded file " + name + ".");
            }
        }
        String name = deploymentName == null || deploymentName.isBlank()
                ? contents.keySet().iterator().next() : deploymentName;
        return deployments.deploy(name, contents, deployChangedOnly);
    }

    /** The instructions (equal ids, and the renamed ones), what cannot be mapped and why, what is new. */
    @PostMapping("/migrations/plan")
    Plan plan(@Valid @RequestBody MigrationRequest request) {
        return migrations.plan(request.toRequest());
    }

    /** Per running case: can it move, and if not, why. Changes nothing. */
    @PostMapping("/migrations/dry-run")
    DryRun dryRun(@Valid @RequestBody MigrationRequest request) {
        return migrations.dryRun(request.toRequest());
    }

    /** Moves the cases that can move (all, or the ones named) and says which stayed and why. */
    @PostMapping("/migrations/execute")
    Outcome execute(@Valid @RequestBody MigrationRequest request) {
        return migrations.execute(request.toRequest());
    }

    @ExceptionHandler(ModelsRefused.class)
    ProblemDetail refused(ModelsRefused refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refused.getMessage());
        problem.setTitle("Model refused");
        problem.setProperty("findings", refused.findings().stream().map(f -> {
            Map<String, Object> finding = new LinkedHashMap<>();
            finding.put("resource", f.resourceName());
            finding.put("elementId", f.elementId());
            finding.put("rule", f.rule());
            finding.put("message", f.message());
            finding.put("line", f.line());
            return finding;
        }).toList());
        return problem;
    }
}
