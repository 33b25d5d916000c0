package org.peerpath.certification;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;

interface StandingRepository extends JpaRepository<Standing, Long> {

    /** [status, count] over an organization's people in a program. */
    @Query("select s.status, count(s) from Standing s where s.organizationId = :organizationId and s.inProgram = true group by s.status")
    List<Object[]> countByStatus(long organizationId);

    /** [year, month, count] of current certificates expiring in the window. */
    @Query("select year(s.certificateExpiresOn), month(s.certificateExpiresOn), count(s) from Standing s "
            + "where s.organizationId = :organizationId and s.certificateRevoked = false "
            + "and s.certificateExpiresOn between :from and :to group by year(s.certificateExpiresOn), month(s.certificateExpiresOn)")
    List<Object[]> expiringPerMonth(long organizationId, LocalDate from, LocalDate to);

    /**
     * The calendar moves certificates from certified to expiring soon (each by its own program's window) to expired
     * without any event.
     */
    @Modifying
    @Query("update Standing s set s.version = s.version + 1, s.status = case when s.certificateExpiresOn <= :today then org.peerpath.certification.CertificationStatus.EXPIRED "
            + "else org.peerpath.certification.CertificationStatus.EXPIRING_SOON end "
            + "where s.certificateRevoked = false and s.certificateExpiringFrom <= :today "
            + "and s.status in (org.peerpath.certification.CertificationStatus.CERTIFIED, org.peerpath.certification.CertificationStatus.EXPIRING_SOON)")
    int moveWithTheCalendar(LocalDate today);

    /** Which of these people have a row. */
    @Query("select s.traineeId from Standing s where s.traineeId in :personIds")
    List<Long> existing(java.util.Collection<Long> personIds);
}
