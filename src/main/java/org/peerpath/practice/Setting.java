package org.peerpath.practice;

/** Where the practice took place. */
public enum Setting {
    EMERGENCY_DEPARTMENT("Emergency department"),
    HOSPITAL_INPATIENT("Hospital inpatient unit"),
    OUTPATIENT("Outpatient treatment"),
    RECOVERY_COMMUNITY("Recovery community organization"),
    COMMUNITY("Community or street"),
    RESIDENTIAL("Residential or recovery housing"),
    CRIMINAL_LEGAL("Criminal legal setting"),
    PHONE_VIDEO("Phone or video");

    private final String label;

    Setting(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
