package gov.fpf.worklist;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tasks")
class TaskController {

    private final WorklistService worklist;

    TaskController(WorklistService worklist) {
        this.worklist = worklist;
    }

    @GetMapping
    List<WorklistService.TaskView> myTasks() {
        return worklist.myTasks();
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
