package org.peerpath.certification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.peerpath.certification.CertificationService;
import org.peerpath.certification.OutsideTrainingRecord;
import org.peerpath.common.ui.FormErrors;
import org.peerpath.common.ui.Notifications;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Outside training waiting for the caller's review, as org admins and supervisors see it: whose, what, the note,
 * and approve or do-not-accept. The service decides which records the caller may see and review.
 */
final class TrainingReview {

    private TrainingReview() {
    }

    /**
     * @param namesOf the names of the records' trainees, looked up together
     * @param afterReview redraws the caller's page once a record has been reviewed
     */
    static Div pending(CertificationService certification, Function<Set<Long>, Map<Long, String>> namesOf, Runnable afterReview) {
        Div list = new Div();
        var pending = certification.outsideTrainingToReview();
        Map<Long, String> traineeNames = namesOf.apply(pending.stream().map(OutsideTrainingRecord::traineeId).collect(Collectors.toSet()));
        if (pending.isEmpty()) {
            list.add(new Paragraph("Nothing to approve."));
        }
        for (OutsideTrainingRecord t : pending) {
            Button approve = new Button("Approve", e -> review(certification, t, true, afterReview));
            approve.setAriaLabel("Approve " + t.title());
            Button reject = new Button("Do not accept", e -> review(certification, t, false, afterReview));
            reject.setAriaLabel("Do not accept " + t.title());
            reject.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            list.add(row(traineeNames.getOrDefault(t.traineeId(), ""), t, approve, reject));
        }
        return list;
    }

    private static Div row(String traineeName, OutsideTrainingRecord t, Button approve, Button reject) {
        Div row = new Div(new Span(traineeName + ": " + t.completedOn() + " · " + t.title() + " (" + t.provider() + ") · "
                + t.hours().stripTrailingZeros().toPlainString() + " h " + t.domain().label()
                + (t.continuingEducation() ? " · continuing education" : "") + (t.ethics() ? " · ethics" : "") + " "),
                approve, reject);
        if (t.note() != null) {
            Paragraph note = new Paragraph("Note: " + t.note());
            note.addClassName("module-facts");
            row.add(note);
        }
        return row;
    }

    private static void review(CertificationService certification, OutsideTrainingRecord t, boolean approve, Runnable afterReview) {
        if (FormErrors.of(Map.of()).attempt(() -> certification.reviewOutsideTraining(t.id(), t.version(), approve))) {
            Notifications.success(approve ? "Approved." : "Marked as not accepted.");
            afterReview.run();
        }
    }
}
