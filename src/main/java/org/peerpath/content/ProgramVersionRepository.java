package org.peerpath.content;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ProgramVersionRepository extends JpaRepository<ProgramVersion, Long> {

    Optional<ProgramVersion> findByProgramIdAndVersion(String programId, int version);

    Optional<ProgramVersion> findFirstByProgramIdOrderByVersionDesc(String programId);

    List<ProgramVersion> findAllByOrderByProgramIdAscVersionDesc();
}
