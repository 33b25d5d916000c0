package org.peerpath.practice.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import org.peerpath.practice.PhiDetector;
import org.peerpath.practice.PhiFoundException;

import java.util.Comparator;

/**
 * Shows a person exactly what looks identifying, marked in their own text, and why it matters. One per free-text
 * field that is kept: practice notes, session topics, supervisors' comments, reopening reasons.
 */
final class PhiWarning extends Div {

    private final String what;

    /** @param what the field as the person calls it, e.g. "note", "comment" */
    PhiWarning(String what) {
        this.what = what;
        addClassName("phi-warning");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    void show(String text, PhiFoundException phi) {
        removeAll();
        add(new Paragraph("Nothing was saved. Your " + what + " seems to identify someone who was served. Federal "
                + "confidentiality rules for substance use services (42 CFR Part 2) protect even the fact that a person "
                + "sought help, and practice records are shared with supervisors and certification boards. Rewrite the "
                + "highlighted parts, for example \"a participant\" instead of a name, and save again. Your text is kept."));
        Paragraph marked = new Paragraph();
        marked.addClassName("phi-marked");
        int at = 0;
        for (PhiDetector.Finding finding : phi.findings().stream().sorted(Comparator.comparingInt(PhiDetector.Finding::start)).toList()) {
            if (finding.start() < at || finding.end() > text.length()) {
                continue;
            }
            marked.getElement().appendChild(Element.createText(text.substring(at, finding.start())));
            Element mark = new Element("mark");
            mark.setText(text.substring(finding.start(), finding.end()));
            mark.setAttribute("title", finding.kind().description());
            marked.getElement().appendChild(mark);
            at = finding.end();
        }
        marked.getElement().appendChild(Element.createText(text.substring(at)));
        add(marked);
        setVisible(true);
    }

    void hide() {
        removeAll();
        setVisible(false);
    }

    /**
     * Runs {@code save}; when it finds identifying details in {@code text}, marks them here and rethrows so the
     * form shows its field errors as usual.
     */
    void guard(String text, Runnable save) {
        hide();
        try {
            save.run();
        } catch (PhiFoundException phi) {
            show(text == null ? "" : text, phi);
            throw phi;
        }
    }
}
