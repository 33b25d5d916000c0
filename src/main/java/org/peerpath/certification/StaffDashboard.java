package org.peerpath.certification;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.peerpath.common.SearchText;
import org.peerpath.common.CsvCell;
import org.peerpath.identity.CurrentUser;
import org.peerpath.identity.PeerpathUser;
import org.peerpath.identity.Role;
import org.peerpath.practice.PracticeEvidence;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The organization dashboard: every staff member's standing, paged from the read model with filters and sorting,
 * the figures behind its charts, and a CSV of the filtered list. Org admins see their own organization only;
 * supervisors see their own trainees' rows. Every method costs a fixed number of statements, whatever the size of
 * the organization.
 */
@Service
@Transactional(readOnly = true)
public class StaffDashboard {

    /** Columns people may sort by, mapped to the read model. */
    private static final Set<String> SORTABLE = Set.of("displayName", "status", "percentDone", "practiceHours",
            "educationHours", "supervisionHours", "certificateExpiresOn", "supervisorName");
    private static final int CSV_PAGE = 1000;

    private final EntityManager entityManager;
    private final StandingRepository standings;
    private final PracticeEvidence practice;
    private final CurrentUser currentUser;
    private final Clock clock;

    StaffDashboard(EntityManager entityManager, StandingRepository standings, PracticeEvidence practice, CurrentUser currentUser,
                   Clock clock) {
        this.entityManager = entityManager;
        this.standings = standings;
        this.practice = practice;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * One page. Sorting by status follows the lifecycle (In training, Eligible, Certified, Expiring soon, Expired,
     * Revoked, then people outside a program); ties go by name.
     */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public List<StaffStanding> page(DashboardFilter filter, int offset, int limit, String sortBy, boolean ascending) {
        return rows(filter, sortBy, ascending, offset, limit).stream().map(Standing::toView).toList();
    }

    @PreAuthorize("hasRole('ORG_ADMIN')")
    public long count(DashboardFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Standing> s = query.from(Standing.class);
        query.select(cb.count(s)).where(matching(filter, s, cb));
        return entityManager.createQuery(query).getSingleResult();
    }

    /**
     * The organization's trainees (people in a program) whose name contains {@code search}, by name: one page of a
     * lazy picker.
     */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public List<PersonName> trainees(String search, int offset, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<PersonName> query = cb.createQuery(PersonName.class);
        Root<Standing> s = query.from(Standing.class);
        query.select(cb.construct(PersonName.class, s.get("traineeId"), s.get("displayName")))
                .where(trainee(search, s, cb)).orderBy(cb.asc(s.get("displayName")), cb.asc(s.get("traineeId")));
        return entityManager.createQuery(query).setFirstResult(offset).setMaxResults(Math.max(1, limit)).getResultList();
    }

    @PreAuthorize("hasRole('ORG_ADMIN')")
    public long countTrainees(String search) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Standing> s = query.from(Standing.class);
        query.select(cb.count(s)).where(trainee(search, s, cb));
        return entityManager.createQuery(query).getSingleResult();
    }

    /** A trainee of the caller's organization, for a link that names them by id. */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public Optional<PersonName> trainee(long personId) {
        long organization = organization();
        return standings.findById(personId).filter(s -> s.getOrganizationId() == organization && s.isInProgram())
                .map(s -> new PersonName(personId, s.getDisplayName()));
    }

    /** Names of people the caller may see (an org admin: their organization; a supervisor: their own trainees). */
    @PreAuthorize("hasAnyRole('ORG_ADMIN', 'SUPERVISOR')")
    public Map<Long, String> namesOf(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        PeerpathUser caller = currentUser.require();
        return standings.findAllById(personIds).stream()
                .filter(s -> s.getOrganizationId() == caller.organizationId())
                .filter(s -> caller.hasRole(Role.ORG_ADMIN) || (s.getSupervisorId() != null && s.getSupervisorId() == caller.id()))
                .collect(Collectors.toMap(Standing::getTraineeId, Standing::getDisplayName));
    }

    /** One page of the calling supervisor's active trainees, by name. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    public List<StaffStanding> myTrainees(int offset, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Standing> query = cb.createQuery(Standing.class);
        Root<Standing> s = query.from(Standing.class);
        query.where(mine(s, cb)).orderBy(cb.asc(s.get("displayName")), cb.asc(s.get("traineeId")));
        return entityManager.createQuery(query).setFirstResult(offset).setMaxResults(Math.max(1, limit)).getResultList()
                .stream().map(Standing::toView).toList();
    }

    @PreAuthorize("hasRole('SUPERVISOR')")
    public long countMyTrainees() {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Standing> s = query.from(Standing.class);
        query.select(cb.count(s)).where(mine(s, cb));
        return entityManager.createQuery(query).getSingleResult();
    }

    @PreAuthorize("hasRole('ORG_ADMIN')")
    public Map<CertificationStatus, Long> staffByStatus() {
        Map<CertificationStatus, Long> counts = new EnumMap<>(CertificationStatus.class);
        for (CertificationStatus status : CertificationStatus.values()) {
            counts.put(status, 0L);
        }
        standings.countByStatus(organization()).forEach(row -> {
            if (row[0] != null) {
                counts.put((CertificationStatus) row[0], ((Number) row[1]).longValue());
            }
        });
        return counts;
    }

    /** Current certificates expiring in each of the next 12 months. */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public Map<YearMonth, Long> expiringPerMonth() {
        YearMonth first = YearMonth.from(today());
        Map<YearMonth, Long> months = new TreeMap<>();
        for (int i = 0; i < 12; i++) {
            months.put(first.plusMonths(i), 0L);
        }
        standings.expiringPerMonth(organization(), first.atDay(1), first.plusMonths(11).atEndOfMonth()).forEach(row ->
                months.put(YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()), ((Number) row[2]).longValue()));
        return months;
    }

    /** Signed practice hours per month over the last 12 months. */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public Map<YearMonth, BigDecimal> hoursPerMonth() {
        YearMonth last = YearMonth.from(today());
        Map<YearMonth, BigDecimal> months = new TreeMap<>();
        for (int i = 11; i >= 0; i--) {
            months.put(last.minusMonths(i), BigDecimal.ZERO);
        }
        months.putAll(practice.signedHoursPerMonth(organization(), last.minusMonths(11), last));
        return months;
    }

    /**
     * The filtered list as CSV in the grid's order, written page by page so memory stays flat however large the
     * organization. One read-only transaction: every page comes from the same snapshot.
     */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public void writeCsv(DashboardFilter filter, String sortBy, boolean ascending, OutputStream out) throws IOException {
        Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        csv.write("name,roles,supervisor,active,program,status,percent,education_hours,practice_hours,"
                + "supervision_hours,certificate_expires_on\n");
        for (int offset = 0; ; offset += CSV_PAGE) {
            List<Standing> page = rows(filter, sortBy, ascending, offset, CSV_PAGE);
            for (Standing s : page) {
                StaffStanding v = s.toView();
                csv.write(String.join(",", CsvCell.of(v.name()), CsvCell.of(v.roles()), CsvCell.of(v.supervisor()),
                        Boolean.toString(v.active()), CsvCell.of(v.program()), v.status() == null ? "" : v.status().label(),
                        Integer.toString(v.percent()), v.educationHours().toPlainString(), v.practiceHours().toPlainString(),
                        v.supervisionHours().toPlainString(), v.certificateExpiresOn() == null ? "" : v.certificateExpiresOn().toString()));
                csv.write('\n');
            }
            entityManager.clear(); // the page's rows are written; keep the persistence context from growing
            if (page.size() < CSV_PAGE) {
                break;
            }
        }
        csv.flush();
    }

    private List<Standing> rows(DashboardFilter filter, String sortBy, boolean ascending, int offset, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Standing> query = cb.createQuery(Standing.class);
        Root<Standing> s = query.from(Standing.class);
        query.where(matching(filter, s, cb)).orderBy(order(s, cb, sortBy, ascending));
        int size = Math.max(1, limit);
        return entityManager.createQuery(query).setFirstResult(Math.max(0, offset)).setMaxResults(size).getResultList();
    }

    private static List<Order> order(Root<Standing> s, CriteriaBuilder cb, String sortBy, boolean ascending) {
        String property = SORTABLE.contains(sortBy) ? sortBy : "displayName";
        Expression<?> key = property.equals("status") ? lifecycleRank(s, cb) : s.get(property);
        List<Order> order = new ArrayList<>();
        order.add(ascending ? cb.asc(key) : cb.desc(key));
        if (!property.equals("displayName")) {
            order.add(cb.asc(s.get("displayName")));
        }
        order.add(cb.asc(s.get("traineeId")));
        return order;
    }

    /** The status's place in the lifecycle (the enum's order); people outside a program come after everyone. */
    private static Expression<Integer> lifecycleRank(Root<Standing> s, CriteriaBuilder cb) {
        CriteriaBuilder.SimpleCase<CertificationStatus, Integer> rank = cb.selectCase(s.get("status"));
        for (CertificationStatus status : CertificationStatus.values()) {
            rank = rank.when(status, status.ordinal());
        }
        return rank.otherwise(CertificationStatus.values().length);
    }

    private Predicate matching(DashboardFilter filter, Root<Standing> s, CriteriaBuilder cb) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(s.get("organizationId"), organization()));
        if (filter.search() != null && !filter.search().isBlank()) {
            where.add(nameContains(filter.search(), s, cb));
        }
        if (filter.status() != null) {
            where.add(cb.equal(s.get("status"), filter.status()));
        }
        if (filter.supervisorId() != null) {
            where.add(cb.equal(s.get("supervisorId"), filter.supervisorId()));
        }
        if (filter.expiringWithinDays() != null) {
            LocalDate today = today();
            where.add(cb.isFalse(s.get("certificateRevoked")));
            where.add(cb.between(s.get("certificateExpiresOn"), today, today.plusDays(filter.expiringWithinDays())));
        }
        return cb.and(where.toArray(Predicate[]::new));
    }

    private Predicate trainee(String search, Root<Standing> s, CriteriaBuilder cb) {
        Predicate trainee = cb.and(cb.equal(s.get("organizationId"), organization()), cb.isTrue(s.get("inProgram")));
        return search == null || search.isBlank() ? trainee : cb.and(trainee, nameContains(search, s, cb));
    }

    private Predicate mine(Root<Standing> s, CriteriaBuilder cb) {
        PeerpathUser caller = currentUser.require();
        return cb.and(cb.equal(s.get("organizationId"), caller.organizationId()), cb.equal(s.get("supervisorId"), caller.id()),
                cb.isTrue(s.get("active")), cb.isTrue(s.get("inProgram")));
    }

    private static Predicate nameContains(String search, Root<Standing> s, CriteriaBuilder cb) {
        String pattern = "%" + SearchText.escaped(search) + "%";
        return cb.like(cb.lower(s.get("displayName")), pattern, '\\');
    }

    private long organization() {
        return currentUser.require().organizationId();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
