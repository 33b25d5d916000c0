package org.peerpath.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.peerpath.common.ui.FormErrors;
import org.peerpath.common.ui.Notifications;
import org.peerpath.practice.PracticeService;
import org.peerpath.practice.SessionDetails;
import org.peerpath.practice.SessionStatus;
import org.peerpath.practice.SessionView;
import org.peerpath.practice.SupervisorOption;
import org.peerpath.practice.TextLimits;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The trainee's supervision sessions: log one with the supervisor who held it, and correct or delete it until that
 * supervisor confirms it. A declined session shows the supervisor's reason and goes back to them once corrected.
 */
final class SessionLog extends Div {

    private final PracticeService practice;
    private final Runnable onChange;
    private final Div list = new Div();
    private final DatePicker date = new DatePicker("Session date");
    private final IntegerField minutes = new IntegerField("Minutes");
    private final Checkbox group = new Checkbox("Group supervision");
    private final Select<SupervisorOption> supervisor = new Select<>();
    private final TextArea topics = new TextArea("Topics discussed");
    private final PhiWarning phiWarning = new PhiWarning("topics");
    private final Span editing = new Span();
    private final Button log = new Button("Log session");
    private List<SupervisorOption> supervisors = List.of();
    private SessionView edited;

    SessionLog(PracticeService practice, Clock clock, Runnable onChange) {
        this.practice = practice;
        this.onChange = onChange;
        LocalDate today = LocalDate.now(clock);
        date.setMax(today);
        date.setValue(today);
        minutes.setValue(60);
        minutes.setMin(1);
        minutes.setMax(8 * 60);
        supervisor.setLabel("Supervisor who held the session");
        supervisor.setItemLabelGenerator(s -> s.name() + (s.assigned() ? " (your supervisor)" : ""));
        supervisor.setEmptySelectionAllowed(false);
        topics.setWidthFull();
        topics.setMaxLength(TextLimits.TOPICS);
        topics.setHelperText("For example: boundaries with a participant who asked for a loan. No identifying details.");
        FormErrors errors = FormErrors.of(Map.of("date", date, "minutes", minutes, "topics", topics, "supervisor", supervisor));
        log.addClickListener(e -> {
            SessionDetails details = new SessionDetails(date.getValue(), minutes.getValue() == null ? 0 : minutes.getValue(),
                    group.getValue(), supervisor.getValue() == null ? null : supervisor.getValue().id(), topics.getValue());
            if (errors.attempt(() -> phiWarning.guard(details.topics(), () ->
                    practice.saveSession(edited == null ? null : edited.id(), edited == null ? 0 : edited.version(), details)))) {
                Notifications.success(edited == null ? "Session logged. It counts once the supervisor confirms it."
                        : "Session changed. It waits for the supervisor's confirmation again.");
                clearForm();
                refresh();
                onChange.run();
            }
        });
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel editing", e -> clearForm());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        FlexLayout row = new FlexLayout(date, minutes, supervisor, group);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.addClassName("form-row");
        add(editing, row, topics, phiWarning, new Div(log, cancel), list);
    }

    void refresh() {
        supervisors = practice.sessionSupervisors();
        SupervisorOption chosen = supervisor.getValue();
        supervisor.setItems(supervisors);
        supervisor.setValue(supervisors.stream().filter(s -> chosen != null ? s.id() == chosen.id() : s.assigned()).findFirst()
                .orElse(supervisors.isEmpty() ? null : supervisors.getFirst()));
        list.removeAll();
        List<SessionView> sessions = practice.mySessions();
        if (sessions.isEmpty()) {
            list.add(new Paragraph("No sessions logged yet."));
        }
        for (SessionView s : sessions) {
            list.add(row(s));
        }
    }

    private Div row(SessionView s) {
        Div row = new Div(new Span(s.date() + " · " + s.minutes() + " min · " + s.format() + " with " + s.supervisorName()
                + " · " + s.topics() + " · " + s.status().label()));
        row.addClassName("session-entry");
        if (s.status() == SessionStatus.DECLINED) {
            row.add(new Paragraph("Declined by " + s.supervisorName() + ": " + s.declineComment()
                    + " Correct the session (or choose who held it) and save it, or delete it."));
        }
        if (s.editable()) {
            Button edit = new Button("Edit", e -> edit(s));
            edit.setAriaLabel("Edit the session of " + s.date());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button delete = new Button("Delete", e -> confirmDelete(s));
            delete.setAriaLabel("Delete the session of " + s.date());
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            row.add(edit, delete);
        }
        row.add(History.details("History", () -> practice.sessionHistory(s.id())));
        return row;
    }

    private void edit(SessionView s) {
        edited = s;
        editing.setText("Editing the session of " + s.date() + (s.status() == SessionStatus.DECLINED ? " (declined)" : ""));
        date.setValue(s.date());
        minutes.setValue(s.minutes());
        group.setValue(s.group());
        supervisors.stream().filter(o -> o.id() == s.supervisorId()).findFirst().ifPresent(supervisor::setValue);
        topics.setValue(s.topics());
        log.setText("Save session");
        date.focus();
    }

    private void clearForm() {
        edited = null;
        editing.setText("");
        topics.clear();
        topics.setInvalid(false);
        phiWarning.hide();
        log.setText("Log session");
    }

    private void confirmDelete(SessionView s) {
        ConfirmDialog dialog = new ConfirmDialog("Delete this session?",
                "The session of " + s.date() + " (" + s.minutes() + " min with " + s.supervisorName() + ") will be removed. "
                        + "The deletion is recorded in the practice log's audit trail.", "Delete session", confirmed -> {
                    if (FormErrors.of(Map.of()).attempt(() -> practice.deleteSession(s.id(), s.version()))) {
                        Notifications.success("The session was deleted.");
                        if (edited != null && edited.id() == s.id()) {
                            clearForm();
                        }
                        refresh();
                        onChange.run();
                    }
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText("Keep it");
        dialog.open();
    }
}
