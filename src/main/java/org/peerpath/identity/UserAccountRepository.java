package org.peerpath.identity;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    List<UserAccount> findByOrganizationIdOrderByDisplayName(Long organizationId);

    @Query("select u from UserAccount u where u.supervisorId = :supervisorId and u.active = true order by u.displayName")
    List<UserAccount> findActiveTraineesOf(Long supervisorId);

    @Query("select u from UserAccount u join u.roles r where u.organizationId = :organizationId and r = :role "
            + "and u.active = true order by u.displayName")
    List<UserAccount> findActiveWithRole(Long organizationId, Role role);

    long countByOrganizationId(Long organizationId);
}
