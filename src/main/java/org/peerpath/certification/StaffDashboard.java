package org.peerpath.certification;

import jakarta.persistence.criteria.Predicate;
import org.peerpath.common.CsvCell;
import org.peerpath.identity.CurrentUser;
import org.peerpath.practice.PracticeEvidence;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The organization dashboard: every staff member's standing, paged from the read model with filters and sorting,
 * the figures behind its charts, and a CSV of the filtered list. Org admins see their own organization only.
 */
@Service
@Transactional(readOnly = true)
public class StaffDashboard {

    /** Columns people may sort by, mapped to the read model. */
    private static final Set<String> SORTABLE = Set.of("displayName", "status", "percentDone", "practiceHours",
            "educationHours", "supervisionHours", "certificateExpiresOn", "supervisorName");

    private final StandingRepository standings;
    private final PracticeEvidence practice;
    private final CurrentUser currentUser;
    private final Clock clock;

    StaffDashboard(StandingRepository standings, PracticeEvidence practice, CurrentUser currentUser, Clock clock) {
        this.standings = standings;
        this.practice = practice;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One page; {@code offset} is a multiple of {@code limit}, as the grid asks for pages. */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public List<StaffStanding> page(DashboardFilter filter, int offset, int limit, String sortBy, boolean ascending) {
        String property = SORTABLE.contains(sortBy) ? sortBy : "displayName";
        Sort sort = Sort.by(ascending ? Sort.Direction.ASC : Sort.Direction.DESC, property).and(Sort.by("traineeId"));
        return standings.findAll(matching(filter), PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit), sort))
                .map(Standing::toView).getContent();
    }

    @PreAuthorize("hasRole('ORG_ADMIN')")
    public long count(DashboardFilter filter) {
        return standings.count(matching(filter));
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

    /** The filtered list as CSV, in pages so memory stays flat however large the organization. */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    public byte[] csv(DashboardFilter filter) {
        StringBuilder csv = new StringBuilder("name,roles,supervisor,active,program,status,percent,education_hours,practice_hours,"
                + "supervision_hours,certificate_expires_on\n");
        int size = 1000;
        for (int page = 0; ; page++) {
            var slice = standings.findAll(matching(filter), PageRequest.of(page, size, Sort.by("displayName", "traineeId")));
            for (Standing s : slice) {
                StaffStanding v = s.toView();
                csv.append(String.join(",", CsvCell.of(v.name()), CsvCell.of(v.roles()), CsvCell.of(v.supervisor()), Boolean.toString(v.active()),
                        CsvCell.of(v.program()), v.status() == null ? "" : v.status().label(), Integer.toString(v.percent()),
                        v.educationHours().toPlainString(), v.practiceHours().toPlainString(), v.supervisionHours().toPlainString(),
                        v.certificateExpiresOn() == null ? "" : v.certificateExpiresOn().toString())).append('\n');
            }
            if (!slice.hasNext()) {
                break;
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private Specification<Standing> matching(DashboardFilter filter) {
        long organization = organization();
        LocalDate today = today();
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("organizationId"), organization));
            if (filter.search() != null && !filter.search().isBlank()) {
                where.add(cb.like(cb.lower(root.get("displayName")), "%" + filter.search().strip().toLowerCase()
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%", '\\'));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.supervisorId() != null) {
                where.add(cb.equal(root.get("supervisorId"), filter.supervisorId()));
            }
            if (filter.expiringWithinDays() != null) {
                where.add(cb.isFalse(root.get("certificateRevoked")));
                where.add(cb.between(root.get("certificateExpiresOn"), today, today.plusDays(filter.expiringWithinDays())));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private long organization() {
        return currentUser.require().organizationId();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
