package org.peerpath.certification;

import org.peerpath.identity.StaffMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Serializes the refreshes of one person's dashboard row. Without it, two events for the same person in concurrent
 * transactions would each compute the row from their own snapshot and the later write would drop the other's change,
 * and two first inserts would collide on the primary key and fail the business transaction.
 *
 * <p>MariaDB's repeatable-read snapshot begins with a transaction's first read, usually long before the refresh, so
 * a lock alone is not enough: after waiting for another transaction's row, this one may still not see that
 * transaction's evidence. The row's version tells: when the locked (latest) version differs from the one this
 * transaction's snapshot shows, the row is computed again after commit, in a new transaction that takes the lock
 * before reading anything.
 */
@Component
class StandingLocks {

    private static final Logger log = LoggerFactory.getLogger(StandingLocks.class);

    /** This transaction's rows to compute again after commit. */
    private static final Object PENDING = new Object();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;

    StandingLocks(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Locks the person's row, creating it first if need be: an upsert takes the row's exclusive lock whether it
     * inserts or finds the row, and waits for a concurrent first insert instead of failing on its key. The
     * personal columns it writes are placeholders the caller overwrites in the same transaction.
     *
     * @return whether this transaction's reads are current: false when another transaction changed the row after
     * this one's snapshot began
     */
    boolean lock(StaffMember member) {
        jdbc.update("insert into certification_standing (trainee_id, organization_id, display_name, roles, active, in_program, "
                        + "requirements_met, percent_done, education_hours, practice_hours, supervision_hours, certificate_revoked, "
                        + "updated_at) values (?, ?, ?, '', ?, false, false, 0, 0, 0, 0, false, now(6)) "
                        + "on duplicate key update trainee_id = trainee_id",
                member.id(), member.organizationId(), member.displayName(), member.active());
        Long latest = jdbc.queryForObject("select version from certification_standing where trainee_id = ? for update",
                Long.class, member.id());
        List<Long> seen = jdbc.queryForList("select version from certification_standing where trainee_id = ?", Long.class, member.id());
        return seen.size() == 1 && seen.getFirst().equals(latest);
    }

    /** As the first statement of a transaction: its snapshot then begins after every earlier writer of the row. */
    void lockBeforeReading(long personId) {
        jdbc.queryForList("select version from certification_standing where trainee_id = ? for update", Long.class, personId);
    }

    /**
     * Runs {@code refresh} in a new transaction once the current one has committed; once per person however many
     * of this transaction's events asked for it.
     */
    @SuppressWarnings("unchecked")
    void refreshAfterCommit(long personId, Runnable refresh) {
        Map<Long, Runnable> pending = (Map<Long, Runnable>) TransactionSynchronizationManager.getResource(PENDING);
        if (pending == null) {
            Map<Long, Runnable> refreshes = new LinkedHashMap<>();
            TransactionSynchronizationManager.bindResource(PENDING, refreshes);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    refreshes.forEach((id, work) -> {
                        try {
                            newTransaction.executeWithoutResult(status -> work.run());
                        } catch (RuntimeException e) {
                            // What moved the row is committed; the row catches up at the person's next event.
                            log.warn("Dashboard row of person {} could not be refreshed after a concurrent change", id, e);
                        }
                    });
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
                }
            });
            pending = refreshes;
        }
        pending.putIfAbsent(personId, refresh);
    }
}
