package org.peerpath.content;

/** One lesson of a loaded module version; {@code html} is safe to show as it is (escaped and sanitised at import). */
public record PublishedLesson(String moduleId, int moduleVersion, String lessonId, int position, String title,
                              int minutes, String html) {
}
