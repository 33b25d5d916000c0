package org.peerpath.learning;

import org.peerpath.content.Domain;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

@Component
@Transactional(readOnly = true)
class LearningEvidenceQueries implements LearningEvidence {

    private final EducationCreditRepository credits;
    private final EnrolmentRepository enrolments;

    LearningEvidenceQueries(EducationCreditRepository credits, EnrolmentRepository enrolments) {
        this.credits = credits;
        this.enrolments = enrolments;
    }

    @Override
    public Map<Domain, BigDecimal> educationHours(long traineeId) {
        return EducationCredits.totalByDomain(credits.findByTraineeId(traineeId));
    }

    @Override
    public Set<String> completedModules(long traineeId) {
        return enrolments.findByTraineeId(traineeId).stream()
                .filter(e -> e.getCompletedAt() != null)
                .map(Enrolment::getModuleId)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Map<Long, Map<Domain, BigDecimal>> educationHours(Collection<Long> traineeIds) {
        if (traineeIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<EducationCredit>> byTrainee = credits.findByTraineeIdIn(traineeIds).stream()
                .collect(Collectors.groupingBy(EducationCredit::getTraineeId));
        Map<Long, Map<Domain, BigDecimal>> hours = new HashMap<>();
        byTrainee.forEach((trainee, list) -> hours.put(trainee, EducationCredits.totalByDomain(list)));
        return hours;
    }
}
