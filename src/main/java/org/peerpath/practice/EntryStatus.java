package org.peerpath.practice;

/** Draft → submitted → approved (signed) or rejected (back to the trainee, who may edit and resubmit). */
public enum EntryStatus {
    DRAFT("Draft"), SUBMITTED("Waiting for sign-off"), APPROVED("Signed"), REJECTED("Returned");

    private final String label;

    EntryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
