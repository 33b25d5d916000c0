package org.peerpath.content;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A certification program as written in {@code programs/<id>.yaml}, with a hash of the file. */
public record ProgramDefinition(String id, int version, String title, String issuer, LocalDate effectiveDate,
                                String description, List<Requirement> requirements, Renewal renewal,
                                int expiringSoonDays, String contentHash) {

    public record Renewal(int periodMonths, BigDecimal continuingEducationHours, BigDecimal ethicsHours) {
    }

    /** One thing a coach must show to be certified. */
    public sealed interface Requirement {

        String kind();
    }

    public record EducationHours(Domain domain, BigDecimal hours) implements Requirement {
        @Override
        public String kind() {
            return "EDUCATION_HOURS";
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
