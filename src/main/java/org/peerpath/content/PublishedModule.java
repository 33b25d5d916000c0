package org.peerpath.content;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A loaded module version as learners see it in the catalog and the reader. */
public record PublishedModule(String moduleId, int version, String title, String summary, BigDecimal contactHours,
                              Map<Domain, BigDecimal> domainHours, List<String> objectives, List<String> prerequisites,
                              List<LessonSummary> lessons, Instant loadedAt) {

    public record LessonSummary(String lessonId, int position, String title, int minutes) {
    }

    public List<String> lessonIds() {
        return lessons.stream().map(LessonSummary::lessonId).toList();
    }
}
