package org.peerpath.identity;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    List<Invitation> findByOrganizationIdAndAcceptedAtIsNullAndRevokedAtIsNullOrderByCreatedAtDesc(Long organizationId);
}
