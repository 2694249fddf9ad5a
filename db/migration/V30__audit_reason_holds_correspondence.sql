-- Representations and offers in compromise keep their text (up to 4000 characters, as the API and the case page
-- accept it) in the audit event's reason: the column was 1000 and a longer text failed to store.
ALTER TABLE audit_event MODIFY COLUMN reason VARCHAR(4000);
