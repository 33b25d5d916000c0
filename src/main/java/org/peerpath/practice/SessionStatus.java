package org.peerpath.practice;

/** Waiting for the supervisor → confirmed (counts toward the requirement) or declined (back to the trainee). */
public enum SessionStatus {
    WAITING("Waiting for confirmation"), CONFIRMED("Confirmed"), DECLINED("Declined");

    private final String label;

    SessionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
