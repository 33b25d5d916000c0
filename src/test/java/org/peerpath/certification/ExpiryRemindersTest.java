package org.peerpath.certification;

import org.junit.jupiter.api.Test;
import org.peerpath.identity.Role;
import org.peerpath.notification.Reminder;
import org.peerpath.testsupport.Fixtures;
import org.peerpath.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ExpiryRemindersTest {

    @Autowired
    ExpiryReminders reminders;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void holderAndOrgAdminsAreRemindedAtEachThreshold_notAfterRevocation() {
        long organization = fixtures.organization();
        long admin = fixtures.idOf(fixtures.account(organization, Role.ORG_ADMIN));
        long holder = fixtures.idOf(fixtures.account(organization, Role.TRAINEE));
        LocalDate today = LocalDate.of(2027, 3, 1);
        Instant now = today.atStartOfDay().toInstant(ZoneOffset.UTC);
        jdbc.update("insert into certificate (code, trainee_id, organization_id, holder_name, program_id, program_version, "
                + "program_title, issuer_name, issued_on, expires_on, issued_at, issued_by) values ('CODE-0001', ?, ?, 'Riley Moss', "
                + "'icrc-peer-recovery', 1, 'Peer Recovery', 'Harbor Light', ?, ?, now(6), ?)",
                holder, organization, today.minusYears(2).plusDays(85), today.plusDays(85), admin);
        long certificate = jdbc.queryForObject("select id from certificate where code = 'CODE-0001'", Long.class);

        List<Reminder> at85 = reminders.due(now);
        assertThat(at85).extracting(Reminder::recipientId).containsExactlyInAnyOrder(holder, admin);
        assertThat(at85).extracting(Reminder::key).containsOnly("expiry-90:certificate-" + certificate);
        assertThat(at85).filteredOn(r -> r.recipientId() == holder).singleElement()
                .satisfies(r -> {
                    assertThat(r.subject()).isEqualTo("Your certificate expires in 85 days");
                    assertThat(r.body()).startsWith("Your Peer Recovery certificate expires on 25 May 2027.");
                });

        assertThat(reminders.due(now.plusSeconds(86_400L * 60))).extracting(Reminder::key).containsOnly("expiry-30:certificate-" + certificate);
        assertThat(reminders.due(now.plusSeconds(86_400L * 80))).extracting(Reminder::key).containsOnly("expiry-7:certificate-" + certificate);
        assertThat(reminders.due(now.minusSeconds(86_400L * 10))).isEmpty();

        jdbc.update("update certificate set revoked_at = now(6) where id = ?", certificate);
        assertThat(reminders.due(now)).isEmpty();
    }

    @Test
    void aRenewedCertificateIsNotReminded_itsSuccessorIsWhenItsOwnTimeComes() {
        long organization = fixtures.organization();
        long admin = fixtures.idOf(fixtures.account(organization, Role.ORG_ADMIN));
        long holder = fixtures.idOf(fixtures.account(organization, Role.TRAINEE));
        LocalDate today = LocalDate.of(2027, 3, 1);
        Instant now = today.atStartOfDay().toInstant(ZoneOffset.UTC);
        long renewed = certificate("CODE-0002", holder, organization, admin, today.minusYears(2).plusDays(20), today.plusDays(20), null);
        long successor = certificate("CODE-0003", holder, organization, admin, today.minusDays(5), today.plusDays(20).plusYears(2), renewed);

        assertThat(reminders.due(now)).as("renewed 5 days ago: nothing is about to lapse").isEmpty();
        assertThat(reminders.due(now.plusSeconds(86_400L * (365 * 2 + 20 - 25)))).extracting(Reminder::key)
                .containsOnly("expiry-30:certificate-" + successor);
    }

    private long certificate(String code, long holder, long organization, long issuedBy, LocalDate issuedOn, LocalDate expiresOn,
                             Long previous) {
        jdbc.update("insert into certificate (code, trainee_id, organization_id, holder_name, program_id, program_version, "
                + "program_title, issuer_name, issued_on, expires_on, issued_at, issued_by, previous_certificate_id) values (?, ?, ?, "
                + "'Riley Moss', 'icrc-peer-recovery', 1, 'Peer Recovery', 'Harbor Light', ?, ?, now(6), ?, ?)",
                code, holder, organization, issuedOn, expiresOn, issuedBy, previous);
        return jdbc.queryForObject("select id from certificate where code = ?", Long.class, code);
    }
}
