package org.peerpath.practice.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
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
import com.vaadin.flow.router.RouterLink;
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
import org.peerpath.practice.TextLimits;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The supervisor's home: entries of their own trainees waiting for sign-off, grouped by trainee and week. Each
 * entry is signed or returned on its own; signing needs the supervisor's password. Rebuilding the queue after one
 * entry is handled keeps what the supervisor ticked or typed on the others.
 */
@Route("review")
@PageTitle("Review | Peerpath")
@Menu(title = "Review", order = 30, icon = "vaadin:check-square-o")
@RolesAllowed("SUPERVISOR")
@AccessDeniedErrorRouter
public class ReviewView extends Main {

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM yyyy");

    /** What the supervisor had ticked or typed on one queued entry, carried over a rebuild of the queue. */
    private record RowState(boolean ticked, String comment, boolean commenting) {
    }

    private final PracticeService practice;
    private final StaffService staff;
    private final Map<Long, Checkbox> selected = new LinkedHashMap<>();
    private final Map<Long, TextArea> comments = new HashMap<>();
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
        Map<Long, RowState> kept = new HashMap<>();
        selected.forEach((id, box) -> {
            TextArea comment = comments.get(id);
            kept.put(id, new RowState(box.getValue(), comment.getValue(), comment.isVisible()));
        });
        queue.removeAll();
        selected.clear();
        comments.clear();
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
                week.forEach(entry -> queue.add(row(entry, kept.get(entry.id()))));
            });
        });
        sessions.removeAll();
        List<SessionView> toConfirm = practice.sessionsToConfirm();
        if (toConfirm.isEmpty()) {
            sessions.add(new Paragraph("No sessions to confirm."));
        }
        toConfirm.forEach(s -> sessions.add(sessionRow(s)));
        trainees.removeAll();
        UnorderedList list = new UnorderedList();
        for (StaffMember trainee : staff.myTrainees()) {
            list.add(new ListItem(new Span(trainee.displayName() + ": "), Reports.links(practice, trainee.id(), trainee.displayName())));
        }
        if (list.getChildren().findAny().isPresent()) {
            trainees.add(list, new Paragraph(new RouterLink("Your trainees' full records, with each entry's history", PracticeRecordsView.class)));
        } else {
            trainees.add(new Paragraph("No trainees are assigned to you yet. Your organization's administrator assigns them."));
        }
    }

    private Div row(EntryView entry, RowState state) {
        Checkbox pick = new Checkbox("Sign: " + entry.date() + " " + entry.start() + ", " + Format.duration(entry.minutes())
                + ", " + entry.domain().label() + ", " + entry.activity().label() + ", " + entry.setting().label());
        selected.put(entry.id(), pick);
        Paragraph note = new Paragraph(entry.note());
        note.addClassName("entry-note");
        TextArea comment = new TextArea("What should the trainee correct?");
        comment.setWidthFull();
        comment.setMaxLength(TextLimits.REVIEW_COMMENT);
        comment.setVisible(false);
        comments.put(entry.id(), comment);
        PhiWarning phi = new PhiWarning("comment");
        Button sendBack = new Button("Return to trainee", e -> {
            String typed = comment.getValue();
            if (FormErrors.of(Map.of("comment", comment)).attempt(() -> phi.guard(typed, () ->
                    practice.reject(new EntryRef(entry.id(), entry.version()), typed)))) {
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
        if (state != null) {
            pick.setValue(state.ticked());
            comment.setValue(state.comment());
            comment.setVisible(state.commenting());
            sendBack.setVisible(state.commenting());
        }
        Div row = new Div(pick, note, ret, comment, phi, sendBack,
                History.details("History", () -> practice.history(entry.id())));
        row.addClassName("review-entry");
        return row;
    }

    private Div sessionRow(SessionView s) {
        Button confirm = new Button("Confirm", e -> {
            if (FormErrors.of(Map.of()).attempt(() -> practice.confirmSession(s.id(), s.version()))) {
                Notifications.success("Session confirmed.");
                refresh();
            }
        });
        confirm.setAriaLabel("Confirm the session with " + s.traineeName() + " on " + s.date());
        TextArea reason = new TextArea("Why do you decline it?");
        reason.setHelperText("For example: I did not hold this session, or it lasted 30 minutes.");
        reason.setWidthFull();
        reason.setMaxLength(TextLimits.DECLINE_COMMENT);
        reason.setVisible(false);
        PhiWarning phi = new PhiWarning("comment");
        Button send = new Button("Decline session", e -> {
            String typed = reason.getValue();
            if (FormErrors.of(Map.of("comment", reason)).attempt(() -> phi.guard(typed, () ->
                    practice.declineSession(s.id(), s.version(), typed)))) {
                Notifications.success("Declined; " + s.traineeName() + " sees your comment.");
                refresh();
            }
        });
        send.setVisible(false);
        Button decline = new Button("Decline…", e -> {
            reason.setVisible(true);
            send.setVisible(true);
            reason.focus();
        });
        decline.setAriaLabel("Decline the session with " + s.traineeName() + " on " + s.date());
        decline.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div row = new Div(new Span(s.traineeName() + " · " + s.date() + " · " + s.minutes() + " min · " + s.format()
                + " · " + s.topics() + " "), confirm, decline, reason, phi, send,
                History.details("History", () -> practice.sessionHistory(s.id())));
        row.addClassName("session-entry");
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
                chosen.forEach(v -> selected.get(v.id()).setValue(false));
                refresh();
            }
        });
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Enter signs, as in any password form; only within this dialog, and after the typed password reached the
        // server (the field commits its value when focus is reset).
        sign.addClickShortcut(Key.ENTER).listenOn(dialog).resetFocusOnActiveElement();
        Button cancel = new Button("Cancel", e -> dialog.close());
        // Enter on a focused footer button activates only that button.
        Shortcuts.addShortcutListener(dialog, () -> { }, Key.ENTER).listenOn(cancel, sign).allowBrowserDefault();
        dialog.add(attestation, password);
        dialog.getFooter().add(cancel, sign);
        dialog.open();
        password.focus();
    }
}
