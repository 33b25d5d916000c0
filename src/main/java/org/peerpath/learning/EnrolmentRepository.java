package org.peerpath.learning;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    List<Enrolment> findByTraineeId(long traineeId);

    /** A trainee normally has one enrolment per module; if several, the newest is the one they work in. */
    Optional<Enrolment> findFirstByTraineeIdAndModuleIdOrderByModuleVersionDesc(long traineeId, String moduleId);

    Optional<Enrolment> findByTraineeIdAndModuleIdAndModuleVersion(long traineeId, String moduleId, int moduleVersion);
}
