package org.peerpath.benchmark;

import org.junit.jupiter.api.Test;
import org.peerpath.certification.CertificationService;
import org.peerpath.certification.CertificationStatus;
import org.peerpath.certification.DashboardFilter;
import org.peerpath.certification.ReadModelBackfill;
import org.peerpath.certification.StaffDashboard;
import org.peerpath.content.ContentImporter;
import org.peerpath.identity.Role;
import org.peerpath.identity.StaffService;
import org.peerpath.identity.SystemCaller;
import org.peerpath.testsupport.Fixtures;
import org.peerpath.testsupport.IntegrationTest;
import org.peerpath.testsupport.TestContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Loads an organization of 10,000 staff with realistic history and times the dashboard, the pickers and one
 * trainee's progress. Not part of the test suite (its name matches neither *Test nor *IT); run it with
 * {@code ./mvnw test -Dtest=DashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Results go to the console
 * and to {@code target/benchmark-results.md}. Times are server-side (service call to result), median of 15 runs
 * after 5 warm-ups, on whatever machine runs it.
 *
 * <p>The data: 200 supervisors and 9,800 trainees whose time in training varies from 10 to 198 weeks. Each trainee
 * logs a practice entry a week (about 1,000,000 in all, three in four signed), a supervision session every four
 * weeks, completes a module every 20 weeks and has outside training approved after 60; the longer-serving affirm
 * the ethics statement. Three in four of those who meet every requirement hold a certificate, issued over the
 * last 25 months (so expiry dates spread over the coming two years, and a few have expired); 2 % were revoked.
 * The dashboard's read model is then built by the application's own start-up backfill, so every row is what the
 * events would have made it.
 */
@IntegrationTest
class DashboardBenchmark {

    static final int STAFF = 10_000;
    static final int SUPERVISORS = 200;
    static final String[] DOMAINS = {"ADVOCACY", "MENTORING_EDUCATION", "RECOVERY_WELLNESS_SUPPORT", "ETHICAL_RESPONSIBILITY"};
    static final String[] STATUSES = {"APPROVED", "APPROVED", "APPROVED", "APPROVED", "APPROVED", "APPROVED", "SUBMITTED", "DRAFT"};
    static final String PROGRAM = "icrc-peer-recovery";

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
    @Autowired
    StaffService staff;
    @Autowired
    ApplicationContext context;

    @Test
    void tenThousandStaffAndAMillionEntries() throws Exception {
        SystemCaller.run(() -> importer.importFrom(TestContent.SHIPPED));
        long organization = fixtures.organization();
        String admin = fixtures.account(organization, Role.ORG_ADMIN);
        long started = System.nanoTime();
        Generated data = generate(organization, fixtures.idOf(admin));
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        int rebuilt = ReadModelBackfill.createMissingRows(context);
        double rebuildSeconds = (System.nanoTime() - started) / 1e9;
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("practice_entry", "supervision_session", "education_credit", "external_training", "certificate")) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        Map<String, Long> byStatus = new TreeMap<>();
        jdbc.query("select coalesce(status, 'not in a program'), count(*) from certification_standing where organization_id = ? group by status",
                rs -> {
                    byStatus.put(rs.getString(1), rs.getLong(2));
                }, organization);
        long certifiedWithoutCertificate = jdbc.queryForObject("select count(*) from certification_standing s where s.status in "
                + "('CERTIFIED', 'EXPIRING_SOON', 'EXPIRED', 'REVOKED') and not exists (select 1 from certificate c where c.trainee_id = s.trainee_id)",
                Long.class);

        fixtures.signIn(admin);
        long someSupervisor = data.supervisors.get(7);
        long someTrainee = data.trainees.get(4242);
        List<String> rows = new ArrayList<>();
        rows.add(measure("Dashboard first page (50 rows + total count)", () ->
                dashboard.page(DashboardFilter.NONE, 0, 50, "displayName", true).size() + dashboard.count(DashboardFilter.NONE)));
        rows.add(measure("Dashboard view opened: supervisor filter options, charts, first page + count", () ->
                staff.supervisors().size() + dashboard.staffByStatus().size() + dashboard.expiringPerMonth().size()
                        + dashboard.hoursPerMonth().size() + dashboard.page(DashboardFilter.NONE, 0, 50, "displayName", true).size()
                        + dashboard.count(DashboardFilter.NONE)));
        rows.add(measure("Dashboard filtered page (status, supervisor, name search; + count)", () -> {
            DashboardFilter filter = new DashboardFilter("an", CertificationStatus.IN_TRAINING, someSupervisor, null);
            return dashboard.page(filter, 0, 50, "percentDone", false).size() + dashboard.count(filter);
        }));
        rows.add(measure("Dashboard certificates expiring within 90 days, by expiry (+ count)", () -> {
            DashboardFilter filter = new DashboardFilter(null, null, null, 90);
            return dashboard.page(filter, 0, 50, "certificateExpiresOn", true).size() + dashboard.count(filter);
        }));
        rows.add(measure("Dashboard sorted by status (lifecycle order), page 100", () ->
                dashboard.page(DashboardFilter.NONE, 5000, 50, "status", true).size()));
        rows.add(measure("Dashboard sorted by practice hours, page 100", () ->
                dashboard.page(DashboardFilter.NONE, 5000, 50, "practiceHours", false).size()));
        rows.add(measure("Charts (status counts, expiring per month, hours per month)", () ->
                dashboard.staffByStatus().size() + dashboard.expiringPerMonth().size() + dashboard.hoursPerMonth().size()));
        rows.add(measure("Trainee picker: first page + count, and a typed name", () ->
                dashboard.trainees("", 0, 50).size() + dashboard.countTrainees("") + dashboard.trainees("ana", 0, 50).size()));
        rows.add(measure("One trainee's progress (all requirements, status, projection)", () ->
                certification.progressOf(someTrainee).requirements().size()));
        String csvByName = measureOnce("CSV export of all " + STAFF + " staff, by name", () -> csvBytes("displayName", true));
        String csvByStatus = measureOnce("CSV export of all " + STAFF + " staff, by status", () -> csvBytes("status", true));
        fixtures.signIn(jdbc.queryForObject("select email from user_account where id = ?", String.class, someSupervisor));
        rows.add(measure("A supervisor's trainees page (" + data.traineesOf(someSupervisor) + " trainees) + count", () ->
                dashboard.myTrainees(0, 50).size() + dashboard.countMyTrainees()));
        rows.add(csvByName);
        rows.add(csvByStatus);

        String report = "| Measure | Median (ms) |\n|---|---|\n" + String.join("\n", rows) + "\n\nData: " + STAFF + " staff ("
                + SUPERVISORS + " supervisors); rows: " + counts + "; generated and loaded in " + String.format("%.0f", loadSeconds)
                + " s. Read model built by the start-up backfill: " + rebuilt + " rows in " + String.format("%.0f", rebuildSeconds)
                + " s. Standing by status: " + byStatus + "; certified, expiring, expired or revoked without a certificate: "
                + certifiedWithoutCertificate + ". Machine: " + Runtime.getRuntime().availableProcessors() + " cores.\n";
        System.out.println("\n== Dashboard benchmark\n" + report);
        Files.writeString(Path.of("target/benchmark-results.md"), report);
    }

    private long csvBytes(String sortBy, boolean ascending) {
        CountingStream out = new CountingStream();
        try {
            dashboard.writeCsv(DashboardFilter.NONE, sortBy, ascending, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.bytes;
    }

    /** Counts what the export writes, as a browser would receive it, without keeping it. */
    private static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    record Generated(List<Long> supervisors, List<Long> trainees, Map<Long, Long> supervisorOf) {
        long traineesOf(long supervisor) {
            return supervisorOf.values().stream().filter(s -> s == supervisor).count();
        }
    }

    /**
     * Everything straight into the tables (the services would take hours for a million entries), as the services
     * would have written it.
     */
    private Generated generate(long organization, long adminId) {
        Random random = new Random(42);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String[] first = {"Ana", "Ben", "Cleo", "Dan", "Eve", "Femi", "Gus", "Hana", "Ivan", "Jo", "Kai", "Lena", "Milo", "Nia", "Omar", "Pia"};
        String[] last = {"Alvarez", "Brooks", "Chen", "Diallo", "Evans", "Fischer", "Garcia", "Haddad", "Ito", "Jones", "Khan", "Lopez"};
        long base = jdbc.queryForObject("select coalesce(max(id), 0) from user_account", Long.class) + 1000;
        String issuer = jdbc.queryForObject("select name from organization where id = ?", String.class, organization);
        String programTitle = jdbc.queryForObject("select title from certification_program_version where program_id = ? order by version desc limit 1",
                String.class, PROGRAM);
        int programVersion = jdbc.queryForObject("select max(version) from certification_program_version where program_id = ?", Integer.class, PROGRAM);
        // The modules' credited hours per domain, latest versions, in the order trainees take them.
        Map<String, Integer> moduleVersions = new LinkedHashMap<>();
        Map<String, Map<String, BigDecimal>> moduleHours = new LinkedHashMap<>();
        jdbc.query("select m.module_id, m.version, d.domain, d.hours from content_module_version m join content_module_domain_hours d "
                + "on d.module_version_id = m.id where m.version = (select max(v.version) from content_module_version v where v.module_id = m.module_id) "
                + "order by m.id", rs -> {
                    moduleVersions.put(rs.getString(1), rs.getInt(2));
                    moduleHours.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(3), rs.getBigDecimal(4));
                });
        List<String> modules = List.copyOf(moduleVersions.keySet());

        Batch accounts = new Batch("insert into user_account (id, organization_id, email, display_name, password_hash, active, supervisor_id, "
                + "created_at, version) values ");
        Batch roles = new Batch("insert into user_role (user_id, role) values ");
        List<Long> supervisors = new ArrayList<>();
        List<Long> trainees = new ArrayList<>();
        Map<Long, Long> supervisorOf = new LinkedHashMap<>();
        for (int i = 0; i < STAFF; i++) {
            long id = base + i;
            boolean supervisor = i < SUPERVISORS;
            Long supervisorId = supervisor ? null : base + random.nextInt(SUPERVISORS);
            String name = first[random.nextInt(first.length)] + " " + last[random.nextInt(last.length)] + " " + i;
            accounts.add("(" + id + "," + organization + ",'bench" + id + "@example.org','" + name + "','{noop}x',true," + supervisorId + ",now(6),0)");
            roles.add("(" + id + ",'" + (supervisor ? "SUPERVISOR" : "TRAINEE") + "')");
            (supervisor ? supervisors : trainees).add(id);
            if (!supervisor) {
                supervisorOf.put(id, supervisorId);
            }
        }
        accounts.flush();
        roles.flush();

        Batch entries = new Batch("insert into practice_entry (trainee_id, organization_id, supervisor_id, entry_date, start_time, minutes, "
                + "domain, activity, setting, note, status, submitted_at, reviewed_at, reviewer_id, created_at, updated_at) values ");
        Batch sessions = new Batch("insert into supervision_session (trainee_id, organization_id, supervisor_id, session_date, minutes, format, "
                + "topics, confirmed_at, created_at) values ");
        Batch enrolments = new Batch("insert into learning_enrolment (trainee_id, module_id, module_version, started_at, quiz_passed_at, "
                + "completed_at) values ");
        Batch credits = new Batch("insert into education_credit (trainee_id, module_id, module_version, domain, hours, credited_at) values ");
        Batch training = new Batch("insert into external_training (trainee_id, organization_id, title, provider, completed_on, hours, domain, "
                + "ethics, purpose, status, reviewed_by, reviewed_at, created_at) values ");
        Batch programs = new Batch("insert into certification_enrolment (trainee_id, program_id, program_version, enrolled_at) values ");
        Batch attestations = new Batch("insert into ethics_attestation (trainee_id, program_id, program_version, statement_hash, attested_at) values ");
        Batch certificates = new Batch("insert into certificate (code, trainee_id, organization_id, holder_name, program_id, program_version, "
                + "program_title, issuer_name, issued_on, expires_on, issued_at, issued_by, revoked_at, revoked_by, revoke_reason) values ");
        Map<Long, String> names = new LinkedHashMap<>();
        jdbc.query("select id, display_name from user_account where id >= ?", rs -> {
            names.put(rs.getLong(1), rs.getString(2));
        }, base);
        for (long trainee : trainees) {
            long supervisor = supervisorOf.get(trainee);
            int weeks = 10 + random.nextInt(189);
            LocalDate started = today.minusWeeks(weeks);
            String startedAt = "'" + started + " 09:00:00'";
            programs.add("(" + trainee + ",'" + PROGRAM + "'," + programVersion + "," + startedAt + ")");
            long signedMinutes = 0;
            for (int e = 0; e < weeks; e++) {
                LocalDate date = today.minusDays(1 + e * 7L);
                String status = STATUSES[random.nextInt(STATUSES.length)];
                int minutes = 240 + 15 * random.nextInt(16);
                boolean signed = status.equals("APPROVED");
                signedMinutes += signed ? minutes : 0;
                entries.add("(" + trainee + "," + organization + "," + supervisor + ",'" + date + "','09:00:00'," + minutes + ",'"
                        + DOMAINS[random.nextInt(4)] + "','ONE_TO_ONE','COMMUNITY','Coaching shift.','" + status + "',"
                        + (status.equals("DRAFT") ? "null" : "'" + date + " 18:00:00'") + ","
                        + (signed ? "'" + date.plusDays(2) + " 10:00:00'," + supervisor : "null,null") + ",'" + date + " 18:00:00','" + date + " 18:00:00')");
            }
            long supervisionMinutes = 0;
            for (int w = 2; w < weeks; w += 4) {
                LocalDate date = today.minusWeeks(w);
                boolean confirmed = random.nextInt(10) > 0;
                supervisionMinutes += confirmed ? 90 : 0;
                sessions.add("(" + trainee + "," + organization + "," + supervisor + ",'" + date + "',90,'INDIVIDUAL','Case review and self-care',"
                        + (confirmed ? "'" + date.plusDays(1) + " 12:00:00'" : "null") + ",'" + date + " 12:00:00')");
            }
            int completed = Math.min(modules.size(), weeks / 20);
            for (int m = 0; m < completed; m++) {
                String module = modules.get(m);
                String done = "'" + started.plusWeeks(20L * (m + 1)) + " 15:00:00'";
                enrolments.add("(" + trainee + ",'" + module + "'," + moduleVersions.get(module) + "," + startedAt + "," + done + "," + done + ")");
                for (var credit : moduleHours.get(module).entrySet()) {
                    credits.add("(" + trainee + ",'" + module + "'," + moduleVersions.get(module) + ",'" + credit.getKey() + "',"
                            + credit.getValue() + "," + done + ")");
                }
            }
            boolean outsideTraining = weeks >= 60;
            if (outsideTraining) {
                LocalDate on = started.plusWeeks(50);
                for (String domain : DOMAINS) {
                    training.add("(" + trainee + "," + organization + ",'Peer recovery core training','State board','" + on + "',16,'" + domain
                            + "'," + domain.equals("ETHICAL_RESPONSIBILITY") + ",'INITIAL','APPROVED'," + adminId + ",'" + on.plusDays(3)
                            + " 10:00:00','" + on + " 10:00:00')");
                }
                if (random.nextInt(20) == 0) {
                    training.add("(" + trainee + "," + organization + ",'Trauma-informed care','Regional coalition','" + today.minusDays(5)
                            + "',6,'RECOVERY_WELLNESS_SUPPORT',false,'INITIAL','PENDING',null,null,'" + today.minusDays(4) + " 10:00:00')");
                }
            }
            boolean attested = weeks >= 110 && random.nextInt(100) < 85;
            if (attested) {
                attestations.add("(" + trainee + ",'" + PROGRAM + "'," + programVersion + ",'" + "0".repeat(64) + "','"
                        + started.plusWeeks(100) + " 11:00:00')");
            }
            boolean eligible = signedMinutes >= 500 * 60 && supervisionMinutes >= 25 * 60 && completed == modules.size()
                    && outsideTraining && attested;
            if (eligible && random.nextInt(4) > 0) {
                LocalDate issuedOn = today.minusDays(random.nextInt(760));
                boolean revoked = random.nextInt(50) == 0;
                certificates.add("('BENCH-" + trainee + "'," + trainee + "," + organization + ",'" + names.get(trainee) + "','" + PROGRAM + "',"
                        + programVersion + ",'" + programTitle.replace("'", "''") + "','" + issuer.replace("'", "''") + "','" + issuedOn + "','"
                        + issuedOn.plusMonths(24) + "','" + issuedOn + " 10:00:00'," + adminId + ","
                        + (revoked ? "'" + issuedOn.plusDays(30) + " 10:00:00'," + adminId + ",'Issued in error'" : "null,null,null") + ")");
            }
        }
        for (Batch batch : List.of(entries, sessions, enrolments, credits, training, programs, attestations, certificates)) {
            batch.flush();
        }
        return new Generated(supervisors, trainees, supervisorOf);
    }

    /** Multi-row inserts of 2,000 rows each. */
    private final class Batch {
        private final String insert;
        private final StringBuilder values = new StringBuilder();
        private int rows;

        Batch(String insert) {
            this.insert = insert;
        }

        void add(String tuple) {
            values.append(rows == 0 ? "" : ",").append(tuple);
            if (++rows == 2000) {
                flush();
            }
        }

        void flush() {
            if (rows > 0) {
                jdbc.update(insert + values);
                values.setLength(0);
                rows = 0;
            }
        }
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
