package gov.fpf.worklist;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tasks")
class TaskController {

    private final WorklistService worklist;

    TaskController(WorklistService worklist) {
        this.worklist = worklist;
    }

    /**
     * The caller's tasks and those of its groups, earliest deadline first. Optional filters: {@code mine},
     * {@code group}, {@code dueWithin7Days}, {@code overdue} (true/false) and {@code family}; with {@code page}
     * (from 0) or {@code size} (1 to 100, default 20) one page, without them everything up to 1000 tasks.
     */
    @GetMapping
    List<WorklistService.TaskView> myTasks(@RequestParam(required = false) Boolean mine,
                                           @RequestParam(required = false) Boolean group,
                                           @RequestParam(required = false) Boolean dueWithin7Days,
                                           @RequestParam(required = false) Boolean overdue,
                                           @RequestParam(required = false) String family,
                                           @RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size) {
        return worklist.myTasks(WorklistFilter.fromApi(mine, group, dueWithin7Days, overdue, family, page, size));
    }

    @PostMapping("/{id}/claim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void claim(@PathVariable String id) {
        worklist.claim(id);
    }

    /** The body holds the task's decision fields, as its form names them. */
    @PostMapping("/{id}/complete")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void complete(@PathVariable String id, @RequestBody(required = false) Map<String, Object> decision) {
        worklist.complete(id, decision == null ? Map.of() : decision);
    }
}
