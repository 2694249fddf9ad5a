package gov.fpf.designer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import gov.fpf.process.modeling.ProcessMigrations;
import gov.fpf.system.Problems;

/**
 * The designers' migration page in the catalogue: choose the versions and the renamed activities, see the plan and
 * the dry run (which cases can move, which cannot and why), then migrate. The same service as the designer API.
 */
@Controller
@RequestMapping("/processes/{key}/migrate")
class MigrationPage {

    private final ProcessMigrations migrations;

    MigrationPage(ProcessMigrations migrations) {
        this.migrations = migrations;
    }

    @GetMapping
    String form(@PathVariable String key, Model model) {
        model.addAttribute("key", key);
        model.addAttribute("renamed", "");
        return "designer/migrate";
    }

    @PostMapping
    String run(@PathVariable String key, @RequestParam(required = false) Integer sourceVersion,
               @RequestParam(required = false) Integer targetVersion,
               @RequestParam(defaultValue = "") String renamed,
               @RequestParam(defaultValue = "false") boolean updateEventTriggers,
               @RequestParam String action, Model model) {
        model.addAttribute("key", key);
        model.addAttribute("sourceVersion", sourceVersion);
        model.addAttribute("targetVersion", targetVersion);
        model.addAttribute("renamed", renamed);
        model.addAttribute("updateEventTriggers", updateEventTriggers);
        try {
            ProcessMigrations.Request request = new ProcessMigrations.Request(key, sourceVersion, targetVersion,
                    renamedActivities(renamed), updateEventTriggers, null, false);
            if ("execute".equals(action)) {
                model.addAttribute("outcome", migrations.execute(request));
            } else {
                model.addAttribute("dryRun", migrations.dryRun(request));
            }
        } catch (Problems.Refusal refused) {
            model.addAttribute("error", refused.getMessage());
        }
        return "designer/migrate";
    }

    /** One "oldId = newId" per line. */
    static Map<String, String> renamedActivities(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String line : List.of(text.split("\\R"))) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("=", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new Problems.InvalidInput("renamed: write one 'oldActivityId = newActivityId' per line; '"
                        + line.strip() + "' is not one.");
            }
            map.put(parts[0].strip(), parts[1].strip());
        }
        return map;
    }
}
