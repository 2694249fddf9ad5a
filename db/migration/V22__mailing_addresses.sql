-- Parties and offices gain a mailing address: a notice names the addressee's address and is sent from the office's.
-- All columns are optional: parties recorded before this change have none until an officer records it, and a letter
-- then says the address is not on file instead of inventing one.
ALTER TABLE party ADD COLUMN address_line1 VARCHAR(200);
ALTER TABLE party ADD COLUMN address_line2 VARCHAR(200);
ALTER TABLE party ADD COLUMN address_city VARCHAR(100);
ALTER TABLE party ADD COLUMN address_region VARCHAR(100);
ALTER TABLE party ADD COLUMN address_postal_code VARCHAR(20);
ALTER TABLE party ADD COLUMN address_country VARCHAR(2);
ALTER TABLE office ADD COLUMN address_line1 VARCHAR(200);
ALTER TABLE office ADD COLUMN address_line2 VARCHAR(200);
ALTER TABLE office ADD COLUMN address_city VARCHAR(100);
ALTER TABLE office ADD COLUMN address_region VARCHAR(100);
ALTER TABLE office ADD COLUMN address_postal_code VARCHAR(20);
ALTER TABLE office ADD COLUMN address_country VARCHAR(2);
