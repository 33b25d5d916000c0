package org.peerpath.certification;

import org.springframework.data.jpa.repository.JpaRepository;

interface IssuingPolicyRepository extends JpaRepository<IssuingPolicy, Long> {
}
