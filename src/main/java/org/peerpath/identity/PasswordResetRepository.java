package org.peerpath.identity;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface PasswordResetRepository extends JpaRepository<PasswordReset, Long> {

    Optional<PasswordReset> findByTokenHash(String tokenHash);

    List<PasswordReset> findByAccountIdAndUsedAtIsNullAndWithdrawnAtIsNull(Long accountId);

    long countByAccountIdAndRequestedByIsNullAndCreatedAtAfter(Long accountId, Instant since);
}
