package org.peerpath.assessment.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.peerpath.assessment.AttemptSummary;

import java.util.List;
import java.util.Map;

/** A trainee's quiz attempts as supervisors and org admins see them, each submitted one linking to its review. */
final class AttemptHistory {

    private AttemptHistory() {
    }

    static Component of(List<AttemptSummary> attempts) {
        if (attempts.isEmpty()) {
            return new Paragraph("No quiz attempts yet.");
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("quiz-attempts");
        for (AttemptSummary a : attempts) {
            ListItem item = new ListItem(new Span(a.moduleTitle() + ", attempt " + a.number() + ": " + a.status()
                    + (a.scorePercent() == null ? "" : " (" + a.scorePercent().stripTrailingZeros().toPlainString() + "%)")
                    + (a.closedByTime() ? ", closed when time ran out" : "")
                    + (a.submittedAt() == null ? "" : ", " + Links.time(a.submittedAt()) + " UTC")));
            if (a.submittedAt() != null) {
                RouterLink review = new RouterLink("Review", QuizReviewView.class, new RouteParameters(
                        Map.of("moduleId", a.moduleId(), "attemptId", Long.toString(a.id()))));
                review.getElement().setAttribute("aria-label", "Review " + a.moduleTitle() + " attempt " + a.number());
                item.add(new Span(" "), review);
            }
            list.add(item);
        }
        return list;
    }
}
