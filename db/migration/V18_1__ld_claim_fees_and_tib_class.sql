-- Issue 12 item 10: the facts a TIB claim is assessed on (10.31(f)): the estimated fees (MPF, HMF and taxes) added to
-- the estimated duties, and the HTSUS Chapter 98 subheading of the TIB entry (the 110% classes).
ALTER TABLE ld_claim ADD COLUMN estimated_fees DECIMAL(15,2) NULL;
ALTER TABLE ld_claim ADD COLUMN tib_subheading VARCHAR(12) NULL;
