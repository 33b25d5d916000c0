package org.peerpath.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.peerpath.common.ui.FormErrors;
import org.peerpath.common.ui.Notifications;
import org.peerpath.identity.CurrentUser;
import org.peerpath.identity.Role;
import org.peerpath.identity.StaffMember;
import org.peerpath.identity.StaffService;
import org.peerpath.practice.EntryRef;
import org.peerpath.practice.EntryStatus;
import org.peerpath.practice.EntryView;
import org.peerpath.practice.PracticeService;
import org.peerpath.practice.SessionView;
import org.peerpath.practice.TextLimits;

import java.util.List;
import java.util.Map;

/**
 * A trainee's whole practice record with every entry's and session's history, for org admins (their organization's
 * trainees, with reports and reopening of signed entries) and supervisors (their own trainees, read only).
 */
@Route("org/practice")
@PageTitle("Practice records | Peerpath")
@Menu(title = "Practice records", order = 52, icon = "vaadin:records")
@RolesAllowed({"ORG_ADMIN", "SUPERVISOR"})
@AccessDeniedErrorRouter
public class PracticeRecordsView extends Div {

    private final PracticeService practice;
    private final boolean mayReopen;
    private final Div record = new Div();

    PracticeRecordsView(PracticeService practice, StaffService staff, CurrentUser currentUser) {
        this.practice = practice;
        this.mayReopen = currentUser.require().hasRole(Role.ORG_ADMIN);
        addClassName("page");
        ComboBox<StaffMember> trainee = new ComboBox<>("Trainee");
        trainee.setPlaceholder("Type a name");
        trainee.setWidth("20em");
        if (mayReopen) {
            // Typed names narrow the list; pages come from the database, so a large organization costs a query a page.
            trainee.setItems(query -> staff.traineePage(query.getFilter().orElse(""), true, query.getOffset(), query.getLimit()).stream(),
                    query -> staff.traineeCount(query.getFilter().orElse(""), true));
        } else {
            trainee.setItems(staff.myTrainees());
        }
        trainee.setItemLabelGenerator(StaffMember::displayName);
        trainee.addValueChangeListener(e -> show(e.getValue()));
        add(new H2("Practice records"), trainee, record);
    }

    private void show(StaffMember trainee) {
        record.removeAll();
        if (trainee == null) {
            return;
        }
        record.add(Reports.links(practice, trainee.id(), trainee.displayName()));
        List<EntryView> entries = practice.entriesOf(trainee.id());
        if (entries.isEmpty()) {
            record.add(new Paragraph("No entries yet."));
        }
        for (EntryView entry : entries) {
            Div row = new Div(new Span(entry.date() + " " + entry.start() + " · " + Format.duration(entry.minutes()) + " · "
                    + entry.domain().label() + " · " + entry.status().label()
                    + (entry.signedBy() == null ? "" : " by " + entry.signedBy() + ", " + Format.when(entry.signedAt()))));
            row.addClassName("record-entry");
            if (mayReopen && entry.status() == EntryStatus.APPROVED) {
                TextField reason = new TextField("Reason for reopening");
                reason.setMaxLength(TextLimits.REOPEN_REASON);
                PhiWarning phi = new PhiWarning("reason");
                Button reopen = new Button("Reopen", e -> {
                    String typed = reason.getValue();
                    if (FormErrors.of(Map.of("reason", reason)).attempt(() -> phi.guard(typed, () ->
                            practice.reopen(new EntryRef(entry.id(), entry.version()), typed)))) {
                        Notifications.success("Reopened. The signature is kept in the entry's history.");
                        show(trainee);
                    }
                });
                reopen.setAriaLabel("Reopen the entry of " + entry.date() + " " + entry.start());
                row.add(reason, reopen, phi);
            }
            row.add(History.details("History", () -> practice.history(entry.id())));
            record.add(row);
        }
        List<SessionView> sessions = practice.sessionsOf(trainee.id());
        if (!sessions.isEmpty()) {
            record.add(new H2("Supervision sessions"));
        }
        for (SessionView s : sessions) {
            Div row = new Div(new Span(s.date() + " · " + s.minutes() + " min · " + s.format() + " with " + s.supervisorName()
                    + " · " + s.status().label()));
            row.addClassName("record-entry");
            row.add(History.details("History", () -> practice.sessionHistory(s.id())));
            record.add(row);
        }
    }
}
