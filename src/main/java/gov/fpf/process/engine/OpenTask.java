package gov.fpf.process.engine;

import java.time.Instant;

/** An open user task of a case, as the case file shows it. */
public record OpenTask(String id, String taskDefinitionKey, String name, String assignee, Instant dueDate) {
}
