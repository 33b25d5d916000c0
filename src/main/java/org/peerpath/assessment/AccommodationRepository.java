package org.peerpath.assessment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface AccommodationRepository extends JpaRepository<Accommodation, Long> {

    Optional<Accommodation> findByTraineeId(long traineeId);

    List<Accommodation> findByTraineeIdIn(java.util.Collection<Long> traineeIds);
}
