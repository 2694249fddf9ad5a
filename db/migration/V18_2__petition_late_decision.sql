-- Issue 12 item 7 (rule audit B9): a petition filed after its period is recorded and waits for the FP&F Officer's
-- recorded decision to accept it (it goes to review) or refuse it (19 CFR 171.2; 172.3): who decided, when and why.
ALTER TABLE petition ADD COLUMN late_decided_by VARCHAR(64) NULL;
ALTER TABLE petition ADD COLUMN late_decided_at DATETIME(6) NULL;
ALTER TABLE petition ADD COLUMN late_decision_reason VARCHAR(2000) NULL;
