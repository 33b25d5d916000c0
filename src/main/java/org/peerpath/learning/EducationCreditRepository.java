package org.peerpath.learning;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface EducationCreditRepository extends JpaRepository<EducationCredit, Long> {

    List<EducationCredit> findByTraineeId(long traineeId);

    boolean existsByTraineeIdAndModuleId(long traineeId, String moduleId);
}
