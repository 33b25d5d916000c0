package org.peerpath.identity;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    // Lists fetch the roles in the same statement (an entity graph), never one query per account.

    @EntityGraph(attributePaths = "roles")
    List<UserAccount> findByOrganizationIdOrderByDisplayName(Long organizationId);

    @EntityGraph(attributePaths = "roles")
    @Query("select u from UserAccount u where u.supervisorId = :supervisorId and u.active = true order by u.displayName")
    List<UserAccount> findActiveTraineesOf(Long supervisorId);

    /** The active people holding a role, with all their roles, in one statement. */
    @EntityGraph(attributePaths = "roles")
    @Query("select u from UserAccount u where u.organizationId = :organizationId and :role member of u.roles "
            + "and u.active = true order by u.displayName")
    List<UserAccount> findActiveWithRole(Long organizationId, Role role);

    /** [id, display name] of the given accounts, without loading them. */
    @Query("select u.id, u.displayName from UserAccount u where u.id in :ids")
    List<Object[]> namesOf(Collection<Long> ids);

    boolean existsByIdAndSupervisorIdAndActiveTrue(Long id, Long supervisorId);

    /** Every account id after {@code afterId}, in order: for read models that other features rebuild. */
    @Query("select u.id from UserAccount u where u.id > :afterId order by u.id limit :limit")
    List<Long> idsAfter(long afterId, int limit);

    long countByOrganizationId(Long organizationId);
}
