package org.peerpath.practice;

/** What a coach did during a practice entry. */
public enum Activity {
    ONE_TO_ONE("One-to-one coaching"),
    GROUP("Group facilitation"),
    OUTREACH("Outreach"),
    RESOURCE_LINKING("Resource linking and navigation"),
    ADVOCACY("Advocacy"),
    DOCUMENTATION("Documentation"),
    TRAINING_OTHERS("Training others"),
    OTHER("Other");

    private final String label;

    Activity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
