package org.peerpath.certification;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProgramSelectionTest {

    static final Instant JAN = Instant.parse("2026-01-05T10:00:00Z");
    static final Instant MAR = Instant.parse("2026-03-05T10:00:00Z");
    static final Instant JUN = Instant.parse("2026-06-05T10:00:00Z");

    static ProgramEnrolment enrolled(String programId, Instant at) {
        return new ProgramEnrolment(7, programId, 1, at);
    }

    @Test
    void theOrganizationsDefaultProgramStandsForTheTrainee_whenTheyAreEnrolledInIt() {
        var texas = enrolled("texas", JAN);
        var icrc = enrolled("icrc", MAR);

        assertThat(ProgramSelection.main(List.of(texas, icrc), "icrc")).containsSame(icrc);
        assertThat(ProgramSelection.inOrder(List.of(texas, icrc), "icrc")).containsExactly(icrc, texas);
    }

    @Test
    void otherwiseTheirEarliestEnrolment_whateverOrderTheyComeIn() {
        var texas = enrolled("texas", MAR);
        var icrc = enrolled("icrc", JAN);
        var delaware = enrolled("delaware", JUN);

        assertThat(ProgramSelection.main(List.of(delaware, texas, icrc), "not-enrolled")).containsSame(icrc);
        assertThat(ProgramSelection.inOrder(List.of(delaware, texas, icrc), "not-enrolled")).containsExactly(icrc, texas, delaware);
        assertThat(ProgramSelection.inOrder(List.of(delaware, texas, icrc), "delaware")).containsExactly(delaware, icrc, texas);
    }

    @Test
    void nobodyEnrolledHasNoMainProgram() {
        assertThat(ProgramSelection.main(List.of(), "icrc")).isEmpty();
        assertThat(ProgramSelection.inOrder(List.of(), "icrc")).isEmpty();
    }
}
