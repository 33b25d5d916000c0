package org.peerpath.content;

/** The IC&RC Peer Recovery performance domains that education hours are credited to. */
public enum Domain {
    ADVOCACY("Advocacy"),
    MENTORING_EDUCATION("Mentoring/Education"),
    RECOVERY_WELLNESS_SUPPORT("Recovery/Wellness Support"),
    ETHICAL_RESPONSIBILITY("Ethical Responsibility");

    private final String label;

    Domain(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
