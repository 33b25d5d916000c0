package org.peerpath.identity;

/** What a person does on Peerpath. A person may hold several roles. */
public enum Role {
    TRAINEE("Trainee"),
    SUPERVISOR("Supervisor"),
    ORG_ADMIN("Organization admin"),
    PLATFORM_ADMIN("Platform admin");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority, e.g. {@code ROLE_TRAINEE}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
