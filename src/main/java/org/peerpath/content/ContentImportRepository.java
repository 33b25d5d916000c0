package org.peerpath.content;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ContentImportRepository extends JpaRepository<ContentImport, Long> {

    List<ContentImport> findTop20ByOrderByLoadedAtDescIdDesc();
}
