package org.peerpath.learning;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface EducationCreditRepository extends JpaRepository<EducationCredit, Long> {

    List<EducationCredit> findByTraineeId(long traineeId);

    List<EducationCredit> findByTraineeIdIn(Collection<Long> traineeIds);

    boolean existsByTraineeIdAndModuleId(long traineeId, String moduleId);
}
