package org.peerpath.certification;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

interface ProgramEnrolmentRepository extends JpaRepository<ProgramEnrolment, Long> {

    List<ProgramEnrolment> findByTraineeIdOrderByEnrolledAtAscIdAsc(long traineeId);

    boolean existsByTraineeId(long traineeId);

    /** The row lock that puts one person's certificate changes in a queue. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from ProgramEnrolment e where e.traineeId = :traineeId and e.programId = :programId")
    Optional<ProgramEnrolment> lockByTraineeIdAndProgramId(long traineeId, String programId);

    /** Every enrolment of the person, locked (in one order, so two withdrawals never deadlock). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from ProgramEnrolment e where e.traineeId = :traineeId order by e.enrolledAt, e.id")
    List<ProgramEnrolment> lockAllByTraineeId(long traineeId);

    /** People of the organization enrolled in more than one program: whose dashboard program the default decides. */
    @Query("""
            select e.traineeId from ProgramEnrolment e
            where e.traineeId in (select s.traineeId from Standing s where s.organizationId = :organizationId)
            group by e.traineeId having count(e) > 1""")
    List<Long> findTraineesInSeveralPrograms(long organizationId);
}

interface EthicsAttestationRepository extends JpaRepository<EthicsAttestation, Long> {
    Optional<EthicsAttestation> findByTraineeIdAndProgramIdAndProgramVersion(long traineeId, String programId, int programVersion);
}

interface OutsideTrainingRepository extends JpaRepository<OutsideTraining, Long> {
    List<OutsideTraining> findByTraineeIdOrderByCompletedOnDesc(long traineeId);

    List<OutsideTraining> findByOrganizationIdAndStatusOrderByCreatedAt(long organizationId, OutsideTraining.Status status);

    List<OutsideTraining> findByTraineeIdInAndStatusOrderByCreatedAt(java.util.Collection<Long> traineeIds, OutsideTraining.Status status);
}

interface CertificateRepository extends JpaRepository<Certificate, Long> {
    /** The holder's newest certificate of the program: certificates stay tied to their program. */
    Optional<Certificate> findFirstByTraineeIdAndProgramIdOrderByIssuedAtDesc(long traineeId, String programId);

    boolean existsByTraineeIdAndProgramId(long traineeId, String programId);

    Optional<Certificate> findByCode(String code);

    /** The holder of a certificate of the organization, without loading the certificate before its lock is taken. */
    @Query("select c.traineeId from Certificate c where c.id = :id and c.organizationId = :organizationId")
    Optional<Long> findHolderId(long id, long organizationId);

    /** The program of a certificate, likewise without loading it. */
    @Query("select c.programId from Certificate c where c.id = :id")
    Optional<String> findProgramId(long id);

    boolean existsByPreviousCertificateId(long previousCertificateId);

    Optional<Certificate> findByPreviousCertificateId(long previousCertificateId);

    /** Current certificates expiring in the range: neither revoked nor succeeded by a renewal. */
    @Query("""
            select c from Certificate c where c.revokedAt is null and c.expiresOn between :from and :to
            and not exists (select s.id from Certificate s where s.previousCertificateId = c.id)""")
    List<Certificate> findCurrentExpiringBetween(LocalDate from, LocalDate to);
}
