package org.peerpath.practice;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface SignOffRepository extends JpaRepository<SignOff, Long> {

    List<SignOff> findByEntryIdOrderBySignedAt(long entryId);

    List<SignOff> findByEntryIdInAndRevokedAtIsNull(Collection<Long> entryIds);

    Optional<SignOff> findFirstByEntryIdAndRevokedAtIsNull(long entryId);
}
