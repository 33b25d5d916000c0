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


    long countBySupervisorIdAndActiveTrue(Long supervisorId);

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


    /** One page of the organization's people whose name or e-mail contains {@code text} (lower case, '' for all). */
    @Query("select u from UserAccount u where u.organizationId = :organizationId and (:text = '' "
            + "or lower(u.displayName) like concat('%', :text, '%') or u.email like concat('%', :text, '%'))")
    List<UserAccount> search(Long organizationId, String text, org.springframework.data.domain.Pageable page);

    /** One page of the organization's people with a role whose name or e-mail contains {@code text}. */
    @Query("select u from UserAccount u join u.roles r where u.organizationId = :organizationId and r = :role "
            + "and (u.active = true or :deactivatedToo = true) and (:text = '' or lower(u.displayName) like concat('%', :text, '%') "
            + "or u.email like concat('%', :text, '%'))")
    List<UserAccount> searchWithRole(Long organizationId, Role role, boolean deactivatedToo, String text,
                                     org.springframework.data.domain.Pageable page);

    @Query("select count(u) from UserAccount u join u.roles r where u.organizationId = :organizationId and r = :role "
            + "and (u.active = true or :deactivatedToo = true) and (:text = '' or lower(u.displayName) like concat('%', :text, '%') "
            + "or u.email like concat('%', :text, '%'))")
    long countWithRole(Long organizationId, Role role, boolean deactivatedToo, String text);

    /** Active trainees whose supervisor is missing, deactivated or no longer a supervisor. */
    String WITHOUT_ACTIVE_SUPERVISOR = "from UserAccount u join u.roles r where u.organizationId = :organizationId "
            + "and r = 'TRAINEE' and u.active = true and not exists (select s from UserAccount s join s.roles sr "
            + "where s.id = u.supervisorId and s.active = true and sr = 'SUPERVISOR')";

    @Query("select u " + WITHOUT_ACTIVE_SUPERVISOR + " order by u.displayName")
    List<UserAccount> findActiveTraineesWithoutActiveSupervisor(Long organizationId);

    @Query("select count(u) > 0 " + WITHOUT_ACTIVE_SUPERVISOR + " and u.id = :traineeId")
    boolean isActiveTraineeWithoutActiveSupervisor(Long traineeId, Long organizationId);

    @Query("select count(u) from UserAccount u where u.organizationId = :organizationId and (:text = '' "
            + "or lower(u.displayName) like concat('%', :text, '%') or u.email like concat('%', :text, '%'))")
    long countSearch(Long organizationId, String text);

    @Query("select count(u) > 0 from UserAccount u join u.roles r where r = :role and u.active = true")
    boolean existsActiveWithRole(Role role);

    /** The organization's active admins, write-locked: two admins demoting each other at once must queue. */
    @Query(value = "select u.id from user_account u join user_role r on r.user_id = u.id "
            + "where u.organization_id = :organizationId and r.role = 'ORG_ADMIN' and u.active for update", nativeQuery = true)
    List<Long> lockActiveAdminIds(Long organizationId);
}
