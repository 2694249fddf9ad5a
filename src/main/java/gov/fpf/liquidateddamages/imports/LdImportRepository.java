package gov.fpf.liquidateddamages.imports;

import org.springframework.data.jpa.repository.JpaRepository;

interface LdImportRepository extends JpaRepository<LdImport, Long> {
}
