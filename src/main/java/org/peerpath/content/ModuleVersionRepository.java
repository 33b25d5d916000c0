package org.peerpath.content;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ModuleVersionRepository extends JpaRepository<ModuleVersion, Long> {

    Optional<ModuleVersion> findByModuleIdAndVersion(String moduleId, int version);

    Optional<ModuleVersion> findFirstByModuleIdOrderByVersionDesc(String moduleId);

    List<ModuleVersion> findAllByOrderByModuleIdAscVersionDesc();
}
