-- Issue 6: the worklist read model. One row per open user task of a process, written by the engine-side hook
-- (gov.fpf.process.TaskReadModelPlugin) in the transaction of the engine change, and refreshed from the case file
-- when the case's status, amounts or deadlines change. The worklist page and GET /api/v1/tasks read only these
-- two tables; nothing here is joined with the engine's ACT_ tables or its variables.

CREATE TABLE worklist_entry (
    task_id             VARCHAR(64)   NOT NULL,
    process_instance_id VARCHAR(64)   NOT NULL,
    -- the process's business key: the case number for case processes and the processes they call
    case_number         VARCHAR(255),
    -- the engine tenant, which is the office code
    office_code         VARCHAR(64),
    -- case columns, copied from the case file (NULL when the process has no case file)
    family              VARCHAR(24),
    party_name          VARCHAR(200),
    -- decided, else assessed, else the statutory maximum
    amount_at_stake     DECIMAL(15,2),
    case_status         VARCHAR(32),
    case_deadline_date  DATE,
    case_deadline_name  VARCHAR(80),
    demo                BOOLEAN       NOT NULL DEFAULT FALSE,
    -- task columns, copied from the engine's task
    task_definition_key VARCHAR(255)  NOT NULL,
    task_name           VARCHAR(255),
    assignee            VARCHAR(255),
    task_due_at         DATETIME(6),
    -- the deadline the list shows and sorts by: the task's own due date, else the case's next open deadline
    due_date            DATE,
    due_name            VARCHAR(255),
    -- due_date, or 9999-12-31 when there is none: an index-ordered "nulls last"
    due_sort            DATE          NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (task_id)
);
-- "assigned to me", by deadline; office and family ride along so the list's filters are read from the index alone
CREATE INDEX ix_worklist_assignee_due ON worklist_entry (assignee, due_sort, task_id, office_code, family);
-- refreshing a case's rows when its file changes
CREATE INDEX ix_worklist_case ON worklist_entry (case_number);

-- One row per candidate group of an open task. office_code, family and due_sort are copies of the task's row, so the
-- first page of "offered to group G in office O, by deadline" is one ordered range of one index, read only as far
-- as the page goes, however many tasks the office has (family rides along for the family filter).
CREATE TABLE worklist_entry_group (
    task_id     VARCHAR(64)  NOT NULL,
    group_id    VARCHAR(255) NOT NULL,
    office_code VARCHAR(64),
    family      VARCHAR(24),
    due_sort    DATE         NOT NULL,
    PRIMARY KEY (task_id, group_id)
);
CREATE INDEX ix_worklist_group_office_due ON worklist_entry_group (group_id, office_code, due_sort, task_id, family);
