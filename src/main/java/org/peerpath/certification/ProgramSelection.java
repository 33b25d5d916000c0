package org.peerpath.certification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which of a trainee's programs stands for them where only one fits (the dashboard row, the practice log's progress
 * bars): their organization's default program when they are enrolled in it, else the program they were enrolled in
 * first. Their pages list that program first, then the others in the order they were enrolled.
 */
final class ProgramSelection {

    private static final Comparator<ProgramEnrolment> BY_ENROLMENT = Comparator.comparing(ProgramEnrolment::getEnrolledAt)
            .thenComparing(ProgramEnrolment::getId, Comparator.nullsLast(Comparator.naturalOrder()));

    private ProgramSelection() {
    }

    static Optional<ProgramEnrolment> main(List<ProgramEnrolment> enrolments, String organizationDefault) {
        return enrolments.stream().filter(e -> e.getProgramId().equals(organizationDefault)).findFirst()
                .or(() -> enrolments.stream().min(BY_ENROLMENT));
    }

    /** The main program first, then the rest by enrolment. */
    static List<ProgramEnrolment> inOrder(List<ProgramEnrolment> enrolments, String organizationDefault) {
        List<ProgramEnrolment> ordered = new ArrayList<>(enrolments);
        ordered.sort(BY_ENROLMENT);
        main(enrolments, organizationDefault).ifPresent(main -> {
            ordered.remove(main);
            ordered.addFirst(main);
        });
        return List.copyOf(ordered);
    }
}
