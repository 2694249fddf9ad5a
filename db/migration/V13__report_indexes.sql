-- Issue 6: the indexes the enforcement report (gov.fpf.report) and the supervisors' dashboard (gov.fpf.dashboard)
-- read by. The report selects one calendar year at a time by the date each figure is about; without these every
-- figure is a scan of the whole table, which grows by about a million cases a year.

-- cases opened and closed in the year
CREATE INDEX ix_case_opened ON case_file (opened_at);
CREATE INDEX ix_case_closed ON case_file (closed_at);
-- petitions decided in the year (mitigation rate, national-security exceptions, days to decision)
CREATE INDEX ix_petition_decided ON petition (decided_at);
-- money received in the year
CREATE INDEX ix_payment_paid ON payment (paid_date);
-- seizures, forfeitures, dispositions and releases in the year; the dashboard's 1612 storage threshold
CREATE INDEX ix_seizure_date ON seizure_case (seizure_date);
CREATE INDEX ix_seizure_forfeiture ON seizure_case (forfeiture_date);
CREATE INDEX ix_seizure_disposition ON seizure_case (disposition_date);
CREATE INDEX ix_seizure_released ON seizure_case (released_date);
CREATE INDEX ix_seizure_summary_sale ON seizure_case (summary_sale_date);
-- the dashboard's statute-of-limitations risk and the report's limitation that ran on an open case
CREATE INDEX ix_penalty_sol ON penalty_case (sol_date);
-- cases closed by the statute of limitations: the rare SOL_EXPIRED events of the year, not every event
CREATE INDEX ix_audit_event_time ON audit_event (event, occurred_at);
