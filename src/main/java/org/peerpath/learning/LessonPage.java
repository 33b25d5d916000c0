package org.peerpath.learning;

import java.util.List;

/** Everything the reader shows for one lesson of the trainee's module version. */
public record LessonPage(String moduleId, int moduleVersion, String moduleTitle, List<Entry> contents, String lessonId,
                         String title, int position, int minutes, String html, String previousLessonId,
                         String nextLessonId, boolean read, int lessonsRead, Progress.Status status,
                         boolean quizPassed) {

    /** A line of the table of contents. */
    public record Entry(String lessonId, String title, int minutes, boolean read) {
    }

    public int lessonCount() {
        return contents.size();
    }

    public String titleOf(String lessonId) {
        return contents.stream().filter(e -> e.lessonId().equals(lessonId)).map(Entry::title).findFirst().orElse(lessonId);
    }
}
