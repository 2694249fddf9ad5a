-- How often a referred case is followed up and when an unanswered referral goes to a supervisor. Internal controls,
-- not legal periods; kept as effective-dated rows so an administrator changes them like every other period.
-- The values are the ones the services used as constants: a referral is followed up every 30 days and escalated
-- after 90 days without a result.
INSERT INTO legal_parameter (name, param_value, unit, effective_from, citation, confidence, note, created_at, created_by) VALUES
  ('deadline.referral-follow-up', 30.0000, 'DAYS', DATE '2000-01-01', 'Internal control (referral follow-up)', 'R', 'Not a legal period: a case referred for collection or to counsel is followed up this often until the referral has a result.', CURRENT_TIMESTAMP, 'migration'),
  ('deadline.referral-escalation', 90.0000, 'DAYS', DATE '2000-01-01', 'Internal control (referral follow-up)', 'R', 'Not a legal period: a referral without a result this long after it was made goes to a supervisor.', CURRENT_TIMESTAMP, 'migration');
