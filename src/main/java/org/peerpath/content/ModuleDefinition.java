package org.peerpath.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A training module as written in {@code modules/<id>/}, with a hash of all its files. */
public record ModuleDefinition(String id, String title, int version, String summary, List<String> objectives,
                               BigDecimal contactHours, Map<Domain, BigDecimal> domainHours, List<Integer> competencies,
                               List<String> prerequisites, List<LessonDefinition> lessons, QuizSettings quiz,
                               List<QuestionDefinition> questions, List<LessonImage> images, String contentHash) {
}
