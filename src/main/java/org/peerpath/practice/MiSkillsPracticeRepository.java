package org.peerpath.practice;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface MiSkillsPracticeRepository extends JpaRepository<MiSkillsPractice, Long> {

    List<MiSkillsPractice> findByTraineeIdOrderByPractisedOnDesc(long traineeId);
}
