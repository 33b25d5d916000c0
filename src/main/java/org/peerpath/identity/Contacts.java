package org.peerpath.identity;

import java.util.List;
import java.util.Optional;

/**
 * Contact details for scheduled work (reminders). Trusted feature code only: it does not check the caller,
 * so views never call it.
 */
public interface Contacts {

    Optional<Contact> contact(long accountId);

    /** Roles, supervisor and state of one account, for read models kept by other features. */
    Optional<StaffMember> staffMember(long accountId);

    /** Account ids above {@code afterId}, ascending, at most {@code limit}: to walk every account in batches. */
    List<Long> accountIdsAfter(long afterId, int limit);

    /** Active org admins of an organization. */
    List<Contact> organizationAdmins(long organizationId);

    /** Active supervisors of an organization, by name: who may have held a trainee's supervision session. */
    List<Contact> organizationSupervisors(long organizationId);
}
