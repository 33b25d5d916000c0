package org.peerpath.certification;

import org.peerpath.content.Domain;
import org.peerpath.content.ProgramDefinition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Checks a program's requirements, as its data describes them, against a trainee's evidence. */
public final class Requirements {

    private Requirements() {
    }

    public static List<RequirementProgress> evaluate(ProgramDefinition program, Evidence evidence) {
        return program.requirements().stream().map(r -> evaluate(r, evidence)).toList();
    }

    static RequirementProgress evaluate(ProgramDefinition.Requirement requirement, Evidence e) {
        return switch (requirement) {
            case ProgramDefinition.EducationHours r -> new RequirementProgress("Education hours: " + r.domain().label(),
                    e.educationHours().getOrDefault(r.domain(), BigDecimal.ZERO), r.hours(), "h",
                    "Completed Peerpath modules and approved outside training");
            case ProgramDefinition.TotalEducationHours r -> new RequirementProgress("Education hours (all domains together)",
                    e.educationHours().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add), r.hours(), "h",
                    "Completed Peerpath modules and approved outside training");
            case ProgramDefinition.PracticeHours r -> new RequirementProgress(
                    r.domains() == null || r.domains().isEmpty() ? "Supervised practice hours"
                            : "Supervised practice hours in " + String.join(", ", r.domains().stream().map(Domain::label).toList()),
                    practice(e, r.domains()), r.hours(), "h", "Practice entries signed by a supervisor");
            case ProgramDefinition.SupervisionHours r -> new RequirementProgress("Supervision hours", e.supervisionHours(),
                    r.hours(), "h", "Supervision sessions confirmed by the supervisor");
            case ProgramDefinition.ModulesPassed r -> new RequirementProgress("Core modules completed",
                    BigDecimal.valueOf(r.modules().stream().filter(e.completedModules()::contains).count()),
                    BigDecimal.valueOf(r.modules().size()), "modules", "Lessons read and quiz passed");
            case ProgramDefinition.EthicsAttestation r -> new RequirementProgress("Ethics affirmation signed",
                    e.ethicsAttested() ? BigDecimal.ONE : BigDecimal.ZERO, BigDecimal.ONE, "", "Signed by the trainee in Peerpath");
        };
    }

    private static BigDecimal practice(Evidence e, List<Domain> domains) {
        return e.practiceHours().entrySet().stream()
                .filter(entry -> domains == null || domains.isEmpty() || domains.contains(entry.getKey()))
                .map(java.util.Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The largest practice-hour requirement of the program (the one a projection aims at); 0 when it has none. */
    public static BigDecimal practiceHoursRequired(ProgramDefinition program) {
        return program.requirements().stream().filter(r -> r instanceof ProgramDefinition.PracticeHours)
                .map(r -> ((ProgramDefinition.PracticeHours) r).hours()).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }

    /** The program's supervision hours; 0 when it asks for none. */
    public static BigDecimal supervisionHoursRequired(ProgramDefinition program) {
        return program.requirements().stream().filter(r -> r instanceof ProgramDefinition.SupervisionHours)
                .map(r -> ((ProgramDefinition.SupervisionHours) r).hours()).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }

    public static boolean allMet(List<RequirementProgress> progress) {
        return progress.stream().allMatch(RequirementProgress::met);
    }

    /** The mean share done over all requirements, 0 to 100. */
    public static int percent(List<RequirementProgress> progress) {
        if (progress.isEmpty()) {
            return 100;
        }
        BigDecimal sum = progress.stream().map(RequirementProgress::share).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(progress.size()), 0, RoundingMode.DOWN).intValue();
    }
}
