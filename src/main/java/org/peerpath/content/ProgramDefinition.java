package org.peerpath.content;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A certification program as written in {@code programs/<id>.yaml}, with a hash of the file. */
public record ProgramDefinition(String id, int version, String title, String issuer, LocalDate effectiveDate,
                                String description, List<Requirement> requirements, Renewal renewal,
                                int expiringSoonDays, String contentHash) {

    /** The expiring-soon window when the program file does not set {@code expiringSoonDays}. */
    public static final int DEFAULT_EXPIRING_SOON_DAYS = 90;

    public record Renewal(int periodMonths, BigDecimal continuingEducationHours, BigDecimal ethicsHours) {
    }

    /** One thing a coach must show to be certified. Stored as JSON with its {@code kind}, as in the YAML. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = EducationHours.class, name = "EDUCATION_HOURS"),
            @JsonSubTypes.Type(value = TotalEducationHours.class, name = "TOTAL_EDUCATION_HOURS"),
            @JsonSubTypes.Type(value = PracticeHours.class, name = "PRACTICE_HOURS"),
            @JsonSubTypes.Type(value = SupervisionHours.class, name = "SUPERVISION_HOURS"),
            @JsonSubTypes.Type(value = ModulesPassed.class, name = "MODULES_PASSED"),
            @JsonSubTypes.Type(value = EthicsAttestation.class, name = "ETHICS_ATTESTATION")})
    public sealed interface Requirement {

        String kind();
    }

    public record EducationHours(Domain domain, BigDecimal hours) implements Requirement {
        @Override
        public String kind() {
            return "EDUCATION_HOURS";
        }
    }

    /**
     * Education hours counted together, whatever their IC&RC domain: for boards whose training hours are not split by
     * those domains (Texas, for example).
     */
    public record TotalEducationHours(BigDecimal hours) implements Requirement {
        @Override
        public String kind() {
            return "TOTAL_EDUCATION_HOURS";
        }
    }

    /** {@code domains} empty means practice in any domain counts. */
    public record PracticeHours(BigDecimal hours, List<Domain> domains) implements Requirement {
        @Override
        public String kind() {
            return "PRACTICE_HOURS";
        }
    }

    public record SupervisionHours(BigDecimal hours) implements Requirement {
        @Override
        public String kind() {
            return "SUPERVISION_HOURS";
        }
    }

    public record ModulesPassed(List<String> modules) implements Requirement {
        @Override
        public String kind() {
            return "MODULES_PASSED";
        }
    }

    public record EthicsAttestation(String statement) implements Requirement {
        @Override
        public String kind() {
            return "ETHICS_ATTESTATION";
        }
    }
}
