package org.peerpath.learning;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A trainee's standing in one module version, and the rules that follow from it: a module is complete only when
 * every lesson is read and its quiz is passed.
 */
record ModuleProgress(List<String> lessonIds, Set<String> readLessonIds, boolean quizPassed) {

    ModuleProgress {
        lessonIds = List.copyOf(lessonIds);
        readLessonIds = Set.copyOf(readLessonIds);
    }

    int lessonsRead() {
        return (int) lessonIds.stream().filter(readLessonIds::contains).count();
    }

    boolean allLessonsRead() {
        return lessonsRead() == lessonIds.size();
    }

    boolean isComplete() {
        return allLessonsRead() && quizPassed;
    }

    Progress.Status status() {
        if (isComplete()) {
            return Progress.Status.COMPLETE;
        }
        return allLessonsRead() ? Progress.Status.LESSONS_READ : Progress.Status.IN_PROGRESS;
    }

    /** The last lesson opened when it still exists, else the first unread one, else the first. */
    String resumeLesson(String lastLessonId) {
        if (lastLessonId != null && lessonIds.contains(lastLessonId)) {
            return lastLessonId;
        }
        return lessonIds.stream().filter(id -> !readLessonIds.contains(id)).findFirst().orElse(lessonIds.getFirst());
    }

    Optional<String> previous(String lessonId) {
        int at = lessonIds.indexOf(lessonId);
        return at > 0 ? Optional.of(lessonIds.get(at - 1)) : Optional.empty();
    }

    Optional<String> next(String lessonId) {
        int at = lessonIds.indexOf(lessonId);
        return at >= 0 && at < lessonIds.size() - 1 ? Optional.of(lessonIds.get(at + 1)) : Optional.empty();
    }
}
