package org.peerpath.identity;

import org.springframework.data.jpa.repository.JpaRepository;

interface LoginThrottleRepository extends JpaRepository<LoginThrottle, String> {
}
