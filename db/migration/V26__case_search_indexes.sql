-- Issue 14 item 3, finding any case (/cases): each case's next OPEN deadline (MIN(due_date) per case, the "what it
-- waits for" test on the open rows' names, and the name of the next one) is read by case, so the deadlines are
-- indexed by case, status and due date (the existing ix_deadline_due leads with the date).
CREATE INDEX ix_deadline_case_status_due ON case_deadline (case_id, status, due_date);
