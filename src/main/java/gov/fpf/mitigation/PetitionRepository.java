package gov.fpf.mitigation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PetitionRepository extends JpaRepository<Petition, Long> {

    List<Petition> findByCaseIdOrderByIdAsc(Long caseId);

    /**
     * The petition a process step works on (its {@code petitionId} variable). A step without one, or with an unknown
     * id, is a model/domain mismatch, not bad input: it fails the engine's transaction.
     */
    default Petition ofProcess(java.util.Map<String, Object> variables) {
        Object id = variables.get(gov.fpf.process.engine.CaseMessages.VAR_PETITION_ID);
        if (id == null) {
            throw new IllegalStateException("No petitionId on the process");
        }
        return ofProcess(id.toString());
    }

    /** The petition a process step names (its petitionId variable, set by our own correlation, never by a person). */
    default Petition ofProcess(String petitionId) {
        return findById(Long.parseLong(petitionId))
                .orElseThrow(() -> new IllegalStateException("No petition " + petitionId));
    }
}
