package org.peerpath.practice;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface PracticeAuditRepository extends JpaRepository<PracticeAudit, Long> {

    List<PracticeAudit> findByEntryIdOrderByAtAscIdAsc(long entryId);

    List<PracticeAudit> findBySessionIdOrderByAtAscIdAsc(long sessionId);

    List<PracticeAudit> findByMiPracticeIdOrderByAtAscIdAsc(long miPracticeId);
}
