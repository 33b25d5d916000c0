package org.peerpath.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.peerpath.common.ui.FormErrors;
import org.peerpath.common.ui.Notifications;
import org.peerpath.identity.Role;
import org.peerpath.identity.StaffMember;
import org.peerpath.identity.StaffService;
import org.peerpath.practice.EntryRef;
import org.peerpath.practice.EntryStatus;
import org.peerpath.practice.EntryView;
import org.peerpath.practice.HistoryLine;
import org.peerpath.practice.PracticeService;

import java.util.Map;

/** Org admins look into a trainee's practice record, download reports, and reopen signed entries with a reason. */
@Route("org/practice")
@PageTitle("Practice records | Peerpath")
@Menu(title = "Practice records", order = 52, icon = "vaadin:records")
@RolesAllowed("ORG_ADMIN")
@AccessDeniedErrorRouter
public class PracticeRecordsView extends Div {

    private final PracticeService practice;
    private final Div record = new Div();

    PracticeRecordsView(PracticeService practice, StaffService staff) {
        this.practice = practice;
        addClassName("page");
        Select<StaffMember> trainee = new Select<>();
        trainee.setLabel("Trainee");
        trainee.setItems(staff.staff().stream().filter(m -> m.hasRole(Role.TRAINEE)).toList());
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
        var entries = practice.entriesOf(trainee.id());
        if (entries.isEmpty()) {
            record.add(new Paragraph("No entries yet."));
        }
        for (EntryView entry : entries) {
            Div row = new Div(new Span(entry.date() + " " + entry.start() + " · " + Format.duration(entry.minutes()) + " · "
                    + entry.domain().label() + " · " + entry.status().label()
                    + (entry.signedBy() == null ? "" : " by " + entry.signedBy() + ", " + Format.when(entry.signedAt()))));
            row.addClassName("record-entry");
            if (entry.status() == EntryStatus.APPROVED) {
                TextField reason = new TextField("Reason for reopening");
                Button reopen = new Button("Reopen", e -> {
                    if (FormErrors.of(Map.of("reason", reason)).attempt(() ->
                            practice.reopen(new EntryRef(entry.id(), entry.version()), reason.getValue()))) {
                        Notifications.success("Reopened. The signature is kept in the entry's history.");
                        show(trainee);
                    }
                });
                reopen.setAriaLabel("Reopen the entry of " + entry.date() + " " + entry.start());
                row.add(reason, reopen);
            }
            UnorderedList history = new UnorderedList();
            for (HistoryLine line : practice.history(entry.id())) {
                history.add(new ListItem(Format.when(line.at()) + " · " + line.actor() + " · " + line.action()
                        + (line.detail() == null ? "" : " · " + line.detail())));
            }
            row.add(new Details("History", history));
            record.add(row);
        }
    }
}
