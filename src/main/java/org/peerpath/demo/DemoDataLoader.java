package org.peerpath.demo;

import org.peerpath.identity.AccountProvisioning;
import org.peerpath.identity.SystemCaller;
import org.peerpath.organization.OrganizationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Creates the demo organization and accounts once; later starts find them and change nothing. */
@Component
@Order(100)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoMode demoMode;
    private final OrganizationService organizations;
    private final AccountProvisioning provisioning;
    private final TransactionTemplate transaction;

    DemoDataLoader(DemoMode demoMode, OrganizationService organizations, AccountProvisioning provisioning,
                   TransactionTemplate transaction) {
        this.demoMode = demoMode;
        this.organizations = organizations;
        this.provisioning = provisioning;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.isEnabled()) {
            return;
        }
        SystemCaller.run(() -> transaction.executeWithoutResult(status -> load()));
    }

    void load() {
        if (DemoAccounts.ALL.stream().allMatch(a -> provisioning.findAccountId(a.email()).isPresent())) {
            return;
        }
        long platform = organizations.ensureExists(DemoAccounts.PLATFORM_ORGANIZATION);
        long demo = organizations.ensureExists(DemoAccounts.ORGANIZATION);
        create(platform, DemoAccounts.PLATFORM_ADMIN, null);
        create(demo, DemoAccounts.ORG_ADMIN, null);
        long supervisor = create(demo, DemoAccounts.SUPERVISOR, null);
        create(demo, DemoAccounts.TRAINEE, supervisor);
        create(demo, DemoAccounts.SECOND_TRAINEE, supervisor);
        create(demo, DemoAccounts.READY_TRAINEE, supervisor);
        log.info("Demo mode: created '{}' with accounts {}", DemoAccounts.ORGANIZATION,
                DemoAccounts.ALL.stream().map(DemoAccounts.Account::email).toList());
    }

    /** Accounts added to the demo in a later release are created on the next start; existing ones are kept. */
    private long create(long organizationId, DemoAccounts.Account account, Long supervisorId) {
        var existing = provisioning.findAccountId(account.email());
        if (existing.isPresent()) {
            return existing.get();
        }
        return provisioning.createAccount(organizationId, account.email(), account.name(), DemoAccounts.PASSWORD,
                account.roles(), supervisorId);
    }
}
