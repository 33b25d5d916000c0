package org.peerpath.practice;

import org.junit.jupiter.api.Test;
import org.peerpath.practice.PhiDetector.Finding;
import org.peerpath.practice.PhiDetector.Kind;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PhiDetectorTest {

    /**
     * Set once from the first and only measurement on the held-out set (precision 0.850, recall 0.944; the detector
     * before this set existed scored 0.667 and 0.444), a little below it so that a regression fails.
     */
    static final double HELD_OUT_RECALL_FLOOR = 0.9;
    static final double HELD_OUT_PRECISION_FLOOR = 0.8;

    private final PhiDetector detector = new PhiDetector();

    /** Realistic practice-log notes; {@code true} marks the ones that identify someone and must be caught. */
    private record Note(boolean identifies, String text) {
    }

    private static final List<Note> NOTES = List.of(
            // Identifying notes
            new Note(true, "Met with Maria Lopez in the ED after her overdose; she agreed to a follow-up call."),
            new Note(true, "Peer asked me to call him back at 555-201-8890 tomorrow afternoon."),
            new Note(true, "Client Dana was worried about losing housing; we looked at shelter options together."),
            new Note(true, "Sent the resource list to jlopez88@gmail.com as requested."),
            new Note(true, "Her DOB is 03/14/1987 and she needs a new ID for the job application."),
            new Note(true, "Drove the participant home to 412 Maple Street after the group."),
            new Note(true, "Mr. Henderson said the court date was moved; he was anxious about it."),
            new Note(true, "Checked in by phone, (617) 555-0143, no answer; left a voicemail."),
            new Note(true, "MRN 00482913 came up in the discharge paperwork the nurse showed me."),
            new Note(true, "Her son Eli has been staying with an aunt while she is in treatment."),
            new Note(true, "Talked to Marcus about what he wants from the next thirty days."),
            new Note(true, "Case number: CF-2291-A needs to go on the housing application."),
            new Note(true, "He gave me his social, 123-45-6789, for the benefits form; I told him not to share it with me."),
            new Note(true, "Born on July 4, 1990, the peer is turning a milestone age this year and feels hopeful."),
            new Note(true, "Supported Jamal Carter at his first NA meeting; he stayed for the whole hour."),
            new Note(true, "Ms. Okonkwo requested help with Medicaid renewal forms."),
            new Note(true, "Accompanied Rosa to the pharmacy to pick up her prescription."),
            new Note(true, "The peer lives at 88 N. Elm Avenue and cannot get to the clinic without a bus pass."),
            new Note(true, "Her partner Chris relapsed last week, which is making things hard at home."),
            new Note(true, "Client ID: A7734921 was needed for the referral to outpatient."),
            new Note(true, "Texted Kayla a reminder about Friday's appointment."),
            new Note(true, "Call back on 555.867.5309 if the housing voucher comes through."),
            new Note(true, "Spoke with Dr. Patel about the peer's discharge plan with the peer's permission."),
            // Added after a review found these kinds of identifiers missed (development notes: the detector is tuned on them)
            new Note(true, "Jessica said she has not used since Saturday and wants to find a sponsor."),
            new Note(true, "Her name is Jessica and she asked me not to tell her mother about the relapse."),
            new Note(true, "Sat with maria in the waiting room until the nurse called her back."),
            new Note(true, "He asked me to text 5552018890 when a detox bed opens up."),
            new Note(true, "Left a voicemail at 555-0143 about Thursday's group."),
            new Note(true, "The peer lives on Elm Street with two roommates and has no car."),
            new Note(true, "At the shelter he goes by Tank, and he wanted that in my notes."),
            new Note(true, "Later Marcus asked whether he could bring his daughter to the family group."),
            new Note(true, "Jessica's mom called the center looking for her."),
            new Note(true, "Checked in with mr. alvarez about the bus pass."),

            // Clean, de-identified notes (some deliberately tricky)
            new Note(false, "Met the peer at Recovery Café on Main Street and talked about goals for the week."),
            new Note(false, "Practiced OARS in a one-to-one conversation; used two complex reflections."),
            new Note(false, "Group of six at the community center explored the eight dimensions of wellness."),
            new Note(false, "The peer has been sober for 24 hours and wants to try a SMART Recovery meeting."),
            new Note(false, "Discussed Step Four and how it feels to write an inventory."),
            new Note(false, "Linked the peer with the food pantry and the county transit office for a reduced fare card."),
            new Note(false, "Session ran from 2:00 to 3:30 pm; we used the Empathy Sandwich when the peer said they always fail."),
            new Note(false, "Outreach shift in the emergency department: three conversations, one accepted a follow-up."),
            new Note(false, "Reviewed the wellness plan; the peer wrote 'I will walk 20 minutes on Monday, Wednesday and Friday'."),
            new Note(false, "Attended Narcotics Anonymous with the peer, who stayed afterwards to talk with others."),
            new Note(false, "Helped fill in a job application at the public library; the peer felt proud of the resume."),
            new Note(false, "Phone check-in lasted 15 minutes; the peer reported 30 days without using."),
            new Note(false, "Supervision topic: self-disclosure and keeping the focus on the peer."),
            new Note(false, "Shared naloxone information and where to get it free in the county."),
            new Note(false, "The peer named three strengths: persistence, humour and caring for others."),
            new Note(false, "Planned for a hard anniversary next month; identified two safe people to call."),
            new Note(false, "Coached around a conflict at work using reflective listening and affirmations."),
            new Note(false, "Documented the referral to outpatient treatment; intake is booked for next Tuesday."),
            new Note(false, "Walked through the Medication Assisted Treatment options the clinic offers."),
            new Note(false, "We celebrated 90 days; the peer brought a coin from Celebrate Recovery."),
            new Note(false, "Advocated with the housing office for a reasonable accommodation request."),
            new Note(false, "Used a double-sided reflection when the peer felt two ways about moving back home."),
            new Note(false, "Training others: led a 45 minute session on harm reduction for new volunteers."),
            // Clean notes a review found wrongly flagged, and others like them
            new Note(false, "Talked about the New Year as a fresh start without pressure to be perfect."),
            new Note(false, "Walked with a peer into Planned Parenthood for a screening they had booked themselves."),
            new Note(false, "Closed the group with the Serenity Prayer and a moment of quiet."),
            new Note(false, "Shadowed a Peer Support Specialist on the evening shift in the emergency department."),
            new Note(false, "The peer said the Drug Court judge praised their progress this month."),
            new Note(false, "Helped set up the Food Drive at the recovery center with two other volunteers."),
            new Note(false, "Sent the group a reminder about the Talking Circle on Friday evening."));

    /** How often the detector is right on a labelled set. */
    private record Score(int notes, int identifying, double precision, double recall, List<String> mistakes) {
        @Override
        public String toString() {
            return String.format("%d notes (%d identifying, %d clean): precision %.3f, recall %.3f", notes, identifying,
                    notes - identifying, precision, recall);
        }
    }

    private Score score(List<Note> notes) {
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        List<String> mistakes = new ArrayList<>();
        for (Note note : notes) {
            boolean flagged = !detector.isClean(note.text());
            if (flagged && note.identifies()) {
                truePositives++;
            } else if (flagged) {
                falsePositives++;
                mistakes.add("false alarm: " + note.text() + " -> " + detector.scan(note.text()));
            } else if (note.identifies()) {
                falseNegatives++;
                mistakes.add("missed: " + note.text());
            }
        }
        return new Score(notes.size(), (int) notes.stream().filter(Note::identifies).count(),
                truePositives / (double) Math.max(1, truePositives + falsePositives),
                truePositives / (double) Math.max(1, truePositives + falseNegatives), mistakes);
    }

    /**
     * Notes written before the detector was tuned and never used to tune it (see the resource's first lines), so
     * these figures estimate how it does on notes it has not seen.
     */
    static List<Note> heldOut() throws IOException {
        try (var in = PhiDetectorTest.class.getResourceAsStream("phi-held-out-notes.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", 2))
                    .map(cells -> new Note(cells[0].equals("Y"), cells[1]))
                    .toList();
        }
    }

    @Test
    void onHeldOutNotesItStillCatchesMostIdentifiersWithFewFalseAlarms() throws IOException {
        List<Note> notes = heldOut();
        Score score = score(notes);
        System.out.println("PHI detector, held-out set: " + score);
        score.mistakes().forEach(m -> System.out.println("  " + m));

        assertThat(notes).hasSizeGreaterThanOrEqualTo(30);
        assertThat(notes.stream().filter(Note::identifies).count()).isEqualTo(notes.size() / 2);
        assertThat(score.recall()).as(String.join("\n", score.mistakes())).isGreaterThanOrEqualTo(HELD_OUT_RECALL_FLOOR);
        assertThat(score.precision()).as(String.join("\n", score.mistakes())).isGreaterThanOrEqualTo(HELD_OUT_PRECISION_FLOOR);
    }

    @Test
    void catchesIdentifiersAndLeavesDeIdentifiedNotesAlone_withMeasuredPrecisionAndRecall() {
        Score score = score(NOTES);
        System.out.println("PHI detector, development set: " + score);
        score.mistakes().forEach(m -> System.out.println("  " + m));

        assertThat(NOTES).hasSizeGreaterThanOrEqualTo(40);
        assertThat(score.recall()).as(String.join("\n", score.mistakes())).isGreaterThanOrEqualTo(0.9);
        assertThat(score.precision()).as(String.join("\n", score.mistakes())).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void reportsWhatItFoundAndWhere_soTheFormCanHighlightIt() {
        String note = "Call Maria Lopez at 555-201-8890.";

        List<Finding> findings = detector.scan(note);

        assertThat(findings).extracting(Finding::kind).containsExactly(Kind.PERSON_NAME, Kind.PHONE);
        Finding phone = findings.get(1);
        assertThat(note.substring(phone.start(), phone.end())).isEqualTo("555-201-8890");
        assertThat(findings.getFirst().text()).contains("Maria Lopez");
    }

    @Test
    void emptyNotesAreClean() {
        assertThat(detector.scan(null)).isEmpty();
        assertThat(detector.scan("  ")).isEmpty();
    }
}
