package gov.fpf.worklist;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import gov.fpf.process.engine.OpenTaskSource;

/**
 * Fills the worklist read model from the engine when it is empty but the engine has open tasks (a database that had
 * cases before the read model existed), and rebuilds it on demand (after an engine operation that reports no task
 * events, such as deleting a deployment with its running instances).
 */
@Component
class WorklistRebuild implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(WorklistRebuild.class);
    private static final int BATCH = 500;

    private final WorklistProjection projection;
    private final OpenTaskSource openTasks;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    WorklistRebuild(WorklistProjection projection, OpenTaskSource openTasks, JdbcTemplate jdbc, TransactionTemplate tx) {
        this.projection = projection;
        this.openTasks = openTasks;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long rows = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT task_id FROM worklist_entry LIMIT 1) x", Long.class);
        if (rows != null && rows == 0 && openTasks.anyOpenTask()) {
            log.info("The worklist read model is empty but the engine has open tasks: building it");
            rebuild();
        }
    }

    /**
     * Writes every open task's rows anew, batch by batch, then removes the rows of tasks that are no longer open.
     *
     * @return the number of open tasks written
     */
    public int rebuild() {
        // a task opened while this runs is written by the engine hook, and may sort before the batch being read
        java.sql.Timestamp started = java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1));
        Set<String> open = new HashSet<>();
        openTasks.forEachBatch(BATCH, batch -> tx.executeWithoutResult(s -> batch.forEach(task -> {
            projection.replace(task);
            open.add(task.id());
        })));
        List<String> stale = jdbc.queryForList("SELECT task_id FROM worklist_entry WHERE created_at < ?", String.class,
                started).stream().filter(id -> !open.contains(id)).toList();
        stale.forEach(id -> tx.executeWithoutResult(s -> projection.taskClosed(id)));
        log.info("Worklist read model rebuilt: {} open tasks, {} stale rows removed", open.size(), stale.size());
        return open.size();
    }
}
