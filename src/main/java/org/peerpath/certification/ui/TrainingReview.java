package org.peerpath.certification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.peerpath.certification.OutsideTrainingRecord;

/** One outside-training record waiting for review, as org admins and supervisors see it: whose, what, and the note. */
final class TrainingReview {

    private TrainingReview() {
    }

    static Div row(String traineeName, OutsideTrainingRecord t, Button approve, Button reject) {
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
}
