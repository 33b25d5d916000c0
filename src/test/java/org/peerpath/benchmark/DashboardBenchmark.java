package org.peerpath.benchmark;

import org.junit.jupiter.api.Test;
import org.peerpath.certification.CertificationService;
import org.peerpath.certification.CertificationStatus;
import org.peerpath.certification.DashboardFilter;
import org.peerpath.certification.StaffDashboard;
import org.peerpath.content.ContentImporter;
import org.peerpath.identity.Role;
import org.peerpath.identity.SystemCaller;
import org.peerpath.testsupport.Fixtures;
import org.peerpath.testsupport.IntegrationTest;
import org.peerpath.testsupport.TestContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Loads an organization of 10,000 staff with 1,000,000 practice entries and times the dashboard and one trainee's
 * progress. Not part of the test suite (its name matches neither *Test nor *IT); run it with
 * {@code ./mvnw test -Dtest=DashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Results go to the console
 * and to {@code target/benchmark-results.md}. Times are server-side (service call to result), median of 15 runs
 * after 5 warm-ups, on whatever machine runs it.
 */
@IntegrationTest
class DashboardBenchmark {

    static final int STAFF = 10_000;
    static final int SUPERVISORS = 200;
    static final int ENTRIES_PER_TRAINEE = 103; // 9,800 trainees × 103 ≈ 1,009,400 entries
    static final String[] DOMAINS = {"ADVOCACY", "MENTORING_EDUCATION", "RECOVERY_WELLNESS_SUPPORT", "ETHICAL_RESPONSIBILITY"};
    static final String[] STATUSES = {"APPROVED", "APPROVED", "APPROVED", "APPROVED", "APPROVED", "APPROVED", "SUBMITTED", "DRAFT"};

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ContentImporter importer;
    @Autowired
    StaffDashboard dashboard;
    @Autowired
    CertificationService certification;

    @Test
    void tenThousandStaffAndAMillionEntries() throws Exception {
        SystemCaller.run(() -> importer.importFrom(TestContent.SHIPPED));
        long organization = fixtures.organization();
        String admin = fixtures.account(organization, Role.ORG_ADMIN);
        long started = System.nanoTime();
        List<Long> supervisors = new ArrayList<>();
        List<Long> trainees = new ArrayList<>();
        generate(organization, supervisors, trainees);
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        long entries = jdbc.queryForObject("select count(*) from practice_entry where organization_id = ?", Long.class, organization);

        fixtures.signIn(admin);
        long someSupervisor = supervisors.get(7);
        long someTrainee = trainees.get(4242);
        List<String> rows = new ArrayList<>();
        rows.add(measure("Dashboard first page (50 rows + total count)", () ->
                dashboard.page(DashboardFilter.NONE, 0, 50, "displayName", true).size() + dashboard.count(DashboardFilter.NONE)));
        rows.add(measure("Dashboard filtered page (status, supervisor, name search; + count)", () -> {
            DashboardFilter filter = new DashboardFilter("an", CertificationStatus.IN_TRAINING, someSupervisor, null);
            return dashboard.page(filter, 0, 50, "percentDone", false).size() + dashboard.count(filter);
        }));
        rows.add(measure("Dashboard sorted by practice hours, page 100", () ->
                dashboard.page(DashboardFilter.NONE, 5000, 50, "practiceHours", false).size()));
        rows.add(measure("Charts (status counts, expiring per month, hours per month)", () ->
                dashboard.staffByStatus().size() + dashboard.expiringPerMonth().size() + dashboard.hoursPerMonth().size()));
        rows.add(measure("One trainee's progress (all requirements, status, projection)", () ->
                certification.progressOf(someTrainee).requirements().size()));
        rows.add(measureOnce("CSV export of all " + STAFF + " staff", () -> dashboard.csv(DashboardFilter.NONE).length));

        String report = "| Measure | Median (ms) |\n|---|---|\n" + String.join("\n", rows) + "\n\nData: " + STAFF + " staff ("
                + SUPERVISORS + " supervisors), " + entries + " practice entries, generated and loaded in "
                + String.format("%.0f", loadSeconds) + " s. Machine: " + Runtime.getRuntime().availableProcessors() + " cores.\n";
        System.out.println("\n== Dashboard benchmark\n" + report);
        Files.writeString(Path.of("target/benchmark-results.md"), report);
    }

    /**
     * Staff straight into the tables (the services would take hours for a million entries), then the dashboard's
     * read model rebuilt from the entries in SQL, as a one-off backfill would.
     */
    private void generate(long organization, List<Long> supervisors, List<Long> trainees) {
        Random random = new Random(42);
        String[] first = {"Ana", "Ben", "Cleo", "Dan", "Eve", "Femi", "Gus", "Hana", "Ivan", "Jo", "Kai", "Lena", "Milo", "Nia", "Omar", "Pia"};
        String[] last = {"Alvarez", "Brooks", "Chen", "Diallo", "Evans", "Fischer", "Garcia", "Haddad", "Ito", "Jones", "Khan", "Lopez"};
        long base = jdbc.queryForObject("select coalesce(max(id), 0) from user_account", Long.class) + 1000;
        StringBuilder accounts = new StringBuilder();
        StringBuilder roles = new StringBuilder();
        java.util.Map<Long, Long> supervisorOf = new java.util.HashMap<>();
        for (int i = 0; i < STAFF; i++) {
            long id = base + i;
            boolean supervisor = i < SUPERVISORS;
            Long supervisorId = supervisor ? null : base + random.nextInt(SUPERVISORS);
            String name = first[random.nextInt(first.length)] + " " + last[random.nextInt(last.length)] + " " + i;
            accounts.append(accounts.isEmpty() ? "" : ",").append("(").append(id).append(",").append(organization).append(",'bench")
                    .append(id).append("@example.org','").append(name).append("','{noop}x',true,").append(supervisorId).append(",now(6),0)");
            roles.append(roles.isEmpty() ? "" : ",").append("(").append(id).append(",'").append(supervisor ? "SUPERVISOR" : "TRAINEE").append("')");
            (supervisor ? supervisors : trainees).add(id);
            if (!supervisor) {
                supervisorOf.put(id, supervisorId);
            }
            if ((i + 1) % 1000 == 0) {
                jdbc.update("insert into user_account (id, organization_id, email, display_name, password_hash, active, supervisor_id, "
                        + "created_at, version) values " + accounts);
                jdbc.update("insert into user_role (user_id, role) values " + roles);
                accounts.setLength(0);
                roles.setLength(0);
            }
        }
        LocalDate today = LocalDate.now();
        StringBuilder rows = new StringBuilder();
        int inBatch = 0;
        for (long trainee : trainees) {
            long supervisor = supervisorOf.get(trainee);
            for (int e = 0; e < ENTRIES_PER_TRAINEE; e++) {
                LocalDate date = today.minusDays(1 + e * 7L);
                String status = STATUSES[random.nextInt(STATUSES.length)];
                rows.append(inBatch == 0 ? "" : ",").append("(").append(trainee).append(",").append(organization).append(",")
                        .append(supervisor).append(",'").append(date).append("','09:00:00',").append(240 + 15 * random.nextInt(16))
                        .append(",'").append(DOMAINS[random.nextInt(4)]).append("','ONE_TO_ONE','COMMUNITY','Coaching shift.','")
                        .append(status).append("',now(6),now(6),now(6))");
                if (++inBatch == 2000) {
                    insertEntries(rows);
                    rows.setLength(0);
                    inBatch = 0;
                }
            }
        }
        if (inBatch > 0) {
            insertEntries(rows);
        }
        jdbc.update("insert into certification_standing (trainee_id, organization_id, display_name, roles, supervisor_id, supervisor_name, "
                + "active, in_program, program_title, status, requirements_met, percent_done, education_hours, practice_hours, "
                + "supervision_hours, certificate_expires_on, certificate_expiring_from, certificate_revoked, updated_at) "
                + "select u.id, u.organization_id, u.display_name, case when r.role = 'TRAINEE' then 'Trainee' else 'Supervisor' end, "
                + "u.supervisor_id, s.display_name, true, r.role = 'TRAINEE', 'Peer Recovery (IC&RC-aligned)', "
                + "case when r.role <> 'TRAINEE' then null when coalesce(p.hours, 0) >= 500 then 'CERTIFIED' else 'IN_TRAINING' end, "
                + "coalesce(p.hours, 0) >= 500, least(100, floor(coalesce(p.hours, 0) / 5)), 0, coalesce(p.hours, 0), 0, "
                + "case when coalesce(p.hours, 0) >= 500 then date_add(current_date, interval (u.id % 700) day) end, "
                + "case when coalesce(p.hours, 0) >= 500 then date_add(current_date, interval (u.id % 700) - 90 day) end, false, now(6) "
                + "from user_account u join user_role r on r.user_id = u.id left join user_account s on s.id = u.supervisor_id "
                + "left join (select trainee_id, sum(minutes) / 60 hours from practice_entry where status = 'APPROVED' "
                + "and organization_id = ? group by trainee_id) p on p.trainee_id = u.id where u.organization_id = ? and u.id >= ?",
                organization, organization, base);
    }

    private void insertEntries(StringBuilder rows) {
        jdbc.update("insert into practice_entry (trainee_id, organization_id, supervisor_id, entry_date, start_time, minutes, domain, "
                + "activity, setting, note, status, submitted_at, created_at, updated_at) values " + rows);
    }

    private static String measure(String what, Supplier<Object> work) {
        for (int i = 0; i < 5; i++) {
            work.get();
        }
        long[] times = new long[15];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            work.get();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return "| " + what + " | " + String.format("%.1f", times[times.length / 2] / 1e6) + " |";
    }

    private static String measureOnce(String what, Supplier<Object> work) {
        work.get();
        long start = System.nanoTime();
        work.get();
        return "| " + what + " (second run) | " + String.format("%.0f", (System.nanoTime() - start) / 1e6) + " |";
    }
}
