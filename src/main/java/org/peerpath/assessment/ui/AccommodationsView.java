package org.peerpath.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.peerpath.assessment.AccommodationTerms;
import org.peerpath.assessment.QuizService;
import org.peerpath.common.ui.FormErrors;
import org.peerpath.common.ui.Notifications;

import java.util.Map;

/**
 * Org admins grant a trainee extra time or attempts on every quiz, let them retake without waiting, and see
 * their attempt history.
 */
@Route("org/accommodations")
@PageTitle("Quiz accommodations | Peerpath")
@Menu(title = "Quiz accommodations", order = 55, icon = "vaadin:clock")
@RolesAllowed("ORG_ADMIN")
@AccessDeniedErrorRouter
public class AccommodationsView extends Div {

    private final QuizService quiz;
    private final Grid<AccommodationTerms> grid = new Grid<>(AccommodationTerms.class, false);
    private final Div editor = new Div();
    private final TextField search = new TextField();

    AccommodationsView(QuizService quiz) {
        this.quiz = quiz;
        addClassName("page");
        grid.addColumn(AccommodationTerms::traineeName).setHeader("Trainee");
        grid.addColumn(AccommodationTerms::extraMinutes).setHeader("Extra minutes");
        grid.addColumn(AccommodationTerms::extraAttempts).setHeader("Extra attempts");
        grid.addColumn(t -> t.retakeAllowed() ? "Yes" : "").setHeader("May retake now");
        grid.setHeight("24rem");
        grid.setAriaLabel("Trainees and their quiz accommodations");
        search.setPlaceholder("Search by name or e-mail");
        search.setAriaLabel("Search trainees");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        // Pages from the database: an organization may have thousands of trainees.
        grid.setItems(query -> quiz.accommodations(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> quiz.countAccommodations(search.getValue()));
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        add(new H2("Quiz accommodations"),
                new Paragraph("Accommodations apply to every quiz the trainee takes. Select a trainee to change them."),
                search, grid, editor);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void edit(AccommodationTerms terms) {
        editor.removeAll();
        if (terms == null) {
            return;
        }
        IntegerField minutes = new IntegerField("Extra minutes per timed quiz");
        minutes.setValue(terms.extraMinutes());
        minutes.setHelperText("0 to 240");
        IntegerField attempts = new IntegerField("Extra attempts per quiz");
        attempts.setValue(terms.extraAttempts());
        attempts.setHelperText("0 to 10");
        FormErrors errors = FormErrors.of(Map.of("extraMinutes", minutes, "extraAttempts", attempts));
        Button save = new Button("Save accommodations", e -> {
            if (errors.attempt(() -> quiz.grant(terms.traineeId(), value(minutes), value(attempts), terms.version()))) {
                Notifications.success("Accommodations saved for " + terms.traineeName());
                refresh();
                editor.removeAll();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button retake = new Button("Allow a retake now", e -> {
            if (errors.attempt(() -> quiz.allowRetakeNow(terms.traineeId()))) {
                Notifications.success(terms.traineeName() + " may start their next attempt without waiting.");
                refresh();
                editor.removeAll();
            }
        });
        editor.add(new H3(terms.traineeName()), new HorizontalLayout(minutes, attempts), new HorizontalLayout(save, retake));
        editor.add(new H3("Attempt history"), AttemptHistory.of(quiz.attemptsOf(terms.traineeId())));
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }
}
