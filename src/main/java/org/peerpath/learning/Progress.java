package org.peerpath.learning;

/** Progress words shared by the catalog and the reader. */
public final class Progress {

    private Progress() {
    }

    public enum Status {
        NOT_STARTED, IN_PROGRESS, LESSONS_READ, COMPLETE
    }
}
