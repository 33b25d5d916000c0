package org.peerpath.identity;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

@Component
@Transactional(readOnly = true)
class ContactQueries implements Contacts {

    private final UserAccountRepository accounts;
    private final StaffService staff;

    ContactQueries(UserAccountRepository accounts, StaffService staff) {
        this.accounts = accounts;
        this.staff = staff;
    }

    @Override
    public Optional<StaffMember> staffMember(long accountId) {
        return accounts.findById(accountId).map(staff::toMember);
    }

    @Override
    public Optional<Contact> contact(long accountId) {
        return accounts.findById(accountId).map(ContactQueries::toContact);
    }

    @Override
    public List<Long> accountIdsAfter(long afterId, int limit) {
        return accounts.idsAfter(afterId, limit);
    }

    @Override
    public List<Contact> organizationAdmins(long organizationId) {
        return accounts.findActiveWithRole(organizationId, Role.ORG_ADMIN).stream().map(ContactQueries::toContact).toList();
    }

    @Override
    public List<Contact> organizationSupervisors(long organizationId) {
        return accounts.findActiveWithRole(organizationId, Role.SUPERVISOR).stream().map(ContactQueries::toContact).toList();
    }

    private static Contact toContact(UserAccount a) {
        return new Contact(a.getId(), a.getOrganizationId(), a.getEmail(), a.getDisplayName(), a.getDeactivatedAt() == null);
    }
}
