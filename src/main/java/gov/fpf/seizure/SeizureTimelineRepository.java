package gov.fpf.seizure;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SeizureTimelineRepository extends JpaRepository<SeizureTimeline, Long> {
}
