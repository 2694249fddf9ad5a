-- A closed case waits for nothing: deadlines left OPEN when their case closed (before CaseFileService closed them
-- with the case) are marked CLOSED, as a case closing now does.
UPDATE case_deadline SET status = 'CLOSED'
 WHERE status = 'OPEN'
   AND case_id IN (SELECT id FROM case_file WHERE status = 'CLOSED');
