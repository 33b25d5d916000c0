package org.peerpath.content;

/** An image a lesson shows, referenced as {@code images/<name>}. */
public record LessonImage(String name, String mediaType, byte[] bytes) {
}
