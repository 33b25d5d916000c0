package org.peerpath.content;

/** A lesson as written: its place in the module, credited minutes and Markdown source. */
public record LessonDefinition(String id, String title, int position, int minutes, String file, String markdown) {
}
