package org.peerpath.certification;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

interface ProgramEnrolmentRepository extends JpaRepository<ProgramEnrolment, Long> {
    Optional<ProgramEnrolment> findByTraineeIdAndProgramId(long traineeId, String programId);
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
    Optional<Certificate> findFirstByTraineeIdOrderByIssuedAtDesc(long traineeId);

    Optional<Certificate> findByCode(String code);

    List<Certificate> findByRevokedAtIsNullAndExpiresOnBetween(LocalDate from, LocalDate to);
}
