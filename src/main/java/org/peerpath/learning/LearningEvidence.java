package org.peerpath.learning;

import org.peerpath.content.Domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * What certification may ask about a trainee's learning: credited education hours and completed modules.
 * Callers check who may see whose evidence; these queries are for trusted feature code, never for views.
 */
public interface LearningEvidence {

    /** Credited education hours per domain; every domain is present. */
    Map<Domain, BigDecimal> educationHours(long traineeId);

    /** Ids of the modules the trainee has completed (lessons read and quiz passed), in any version. */
    Set<String> completedModules(long traineeId);

    /** Education hours of many trainees in one query (for dashboard pages); trainees without credits are absent. */
    Map<Long, Map<Domain, BigDecimal>> educationHours(Collection<Long> traineeIds);
}
