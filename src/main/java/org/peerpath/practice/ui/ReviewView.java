package org.peerpath.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.peerpath.common.ui.FormErrors;
import org.peerpath.common.ui.Notifications;
import org.peerpath.identity.StaffMember;
import org.peerpath.identity.StaffService;
import org.peerpath.practice.EntryRef;
import org.peerpath.practice.EntryView;
import org.peerpath.practice.PracticeService;
import org.peerpath.practice.SessionView;
import org.peerpath.practice.SignatureContext;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The supervisor's home: entries of their own trainees waiting for sign-off, grouped by trainee and week. Each
 * entry is signed or returned on its own; signing needs the supervisor's password.
 */
@Route("review")
@PageTitle("Review | Peerpath")
@Menu(title = "Review", order = 30, icon = "vaadin:check-square-o")
@RolesAllowed("SUPERVISOR")
@AccessDeniedErrorRouter
public class ReviewView extends Main {

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final PracticeService practice;
    private final StaffService staff;
    private final Map<Long, Checkbox> selected = new LinkedHashMap<>();
    private final Div queue = new Div();
    private final Div sessions = new Div();
    private final Div trainees = new Div();
    private List<EntryView> waiting = List.of();

    ReviewView(PracticeService practice, StaffService staff) {
        this.practice = practice;
        this.staff = staff;
        addClassName("page");
        Button sign = new Button("Sign selected entries…", e -> openSignDialog());
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("Entries waiting for your sign-off"), queue, sign, new H2("Supervision sessions to confirm"), sessions,
                new H2("My trainees"), trainees);
        refresh();
    }

    private void refresh() {
        queue.removeAll();
        selected.clear();
        waiting = practice.queue();
        if (waiting.isEmpty()) {
            queue.add(new Paragraph("Nothing is waiting for your sign-off."));
        }
        Map<String, List<EntryView>> byTrainee = waiting.stream()
                .collect(Collectors.groupingBy(EntryView::traineeName, TreeMap::new, Collectors.toList()));
        byTrainee.forEach((name, entries) -> {
            queue.add(new H3(name));
            Map<LocalDate, List<EntryView>> byWeek = entries.stream().collect(Collectors.groupingBy(
                    e -> e.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), TreeMap::new, Collectors.toList()));
            byWeek.forEach((monday, week) -> {
                queue.add(new H4("Week of " + WEEK.format(monday)));
                week.forEach(entry -> queue.add(row(entry)));
            });
        });
        sessions.removeAll();
        List<SessionView> toConfirm = practice.sessionsToConfirm();
        if (toConfirm.isEmpty()) {
            sessions.add(new Paragraph("No sessions to confirm."));
        }
        for (SessionView s : toConfirm) {
            Button confirm = new Button("Confirm", e -> {
                if (FormErrors.of(Map.of()).attempt(() -> practice.confirmSession(s.id(), s.version()))) {
                    Notifications.success("Session confirmed.");
                    refresh();
                }
            });
            confirm.setAriaLabel("Confirm the session with " + s.traineeName() + " on " + s.date());
            sessions.add(new Div(new Span(s.traineeName() + " · " + s.date() + " · " + s.minutes() + " min · " + s.format()
                    + " · " + s.topics() + " "), confirm));
        }
        trainees.removeAll();
        UnorderedList list = new UnorderedList();
        for (StaffMember trainee : staff.myTrainees()) {
            list.add(new ListItem(new Span(trainee.displayName() + ": "), Reports.links(practice, trainee.id(), trainee.displayName())));
        }
        trainees.add(list.getChildren().findAny().isPresent() ? list
                : new Paragraph("No trainees are assigned to you yet. Your organization's administrator assigns them."));
    }

    private Div row(EntryView entry) {
        Checkbox pick = new Checkbox("Sign: " + entry.date() + " " + entry.start() + ", " + Format.duration(entry.minutes())
                + ", " + entry.domain().label() + ", " + entry.activity().label() + ", " + entry.setting().label());
        selected.put(entry.id(), pick);
        Paragraph note = new Paragraph(entry.note());
        note.addClassName("entry-note");
        TextArea comment = new TextArea("What should the trainee correct?");
        comment.setWidthFull();
        comment.setVisible(false);
        Button sendBack = new Button("Return to trainee", e -> {
            if (FormErrors.of(Map.of("comment", comment)).attempt(() ->
                    practice.reject(new EntryRef(entry.id(), entry.version()), comment.getValue()))) {
                Notifications.success("Returned to " + entry.traineeName() + " with your comment.");
                refresh();
            }
        });
        sendBack.setVisible(false);
        Button ret = new Button("Return…", e -> {
            comment.setVisible(true);
            sendBack.setVisible(true);
            comment.focus();
        });
        ret.setAriaLabel("Return the entry of " + entry.date() + " " + entry.start());
        ret.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div row = new Div(pick, note, ret, comment, sendBack);
        row.addClassName("review-entry");
        return row;
    }

    private void openSignDialog() {
        List<EntryView> chosen = waiting.stream().filter(e -> selected.get(e.id()).getValue()).toList();
        if (chosen.isEmpty()) {
            Notifications.error("Tick the entries you want to sign.");
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Sign " + chosen.size() + (chosen.size() == 1 ? " entry" : " entries"));
        PasswordField password = new PasswordField("Your password");
        password.setWidthFull();
        Paragraph attestation = new Paragraph(PracticeService.ATTESTATION);
        attestation.addClassName("attestation");
        FormErrors errors = FormErrors.of(Map.of("password", password));
        VaadinRequest request = VaadinRequest.getCurrent();
        SignatureContext context = new SignatureContext(request == null ? null : request.getRemoteAddr(),
                request == null ? null : request.getHeader("User-Agent"));
        Button sign = new Button("I attest and sign", e -> {
            if (errors.attempt(() -> practice.sign(chosen.stream().map(v -> new EntryRef(v.id(), v.version())).toList(),
                    password.getValue(), context))) {
                dialog.close();
                Notifications.success(chosen.size() + (chosen.size() == 1 ? " entry" : " entries") + " signed and locked.");
                refresh();
            }
        });
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> dialog.close());
        dialog.add(attestation, password);
        dialog.getFooter().add(cancel, sign);
        dialog.open();
        password.focus();
    }
}
