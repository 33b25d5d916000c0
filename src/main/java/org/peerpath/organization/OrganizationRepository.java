package org.peerpath.organization;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface OrganizationRepository extends JpaRepository<Organization, Long> {

    boolean existsByNameIgnoreCase(String name);

    Optional<Organization> findByName(String name);

    List<Organization> findAllByOrderByName();
}
