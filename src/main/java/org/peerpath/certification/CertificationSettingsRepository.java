package org.peerpath.certification;

import org.springframework.data.jpa.repository.JpaRepository;

interface CertificationSettingsRepository extends JpaRepository<CertificationSettings, Long> {

    /** The program an organization's new trainees are enrolled in. */
    default String defaultProgramOf(long organizationId) {
        return findById(organizationId).map(CertificationSettings::getDefaultProgramId).orElse(CertificationSettings.FALLBACK_PROGRAM);
    }
}
