package org.peerpath.content;

/**
 * One thing wrong with the content, written for the author who has to fix it. {@code file} is relative to the
 * content folder; {@code line} is 1-based, 0 when the problem is about the file as a whole.
 */
public record ContentProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
