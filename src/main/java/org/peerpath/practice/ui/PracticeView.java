package org.peerpath.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.peerpath.common.ui.BarChart;
import org.peerpath.common.ui.FormErrors;
import org.peerpath.common.ui.Notifications;
import org.peerpath.content.Domain;
import org.peerpath.identity.CurrentUser;
import org.peerpath.practice.Activity;
import org.peerpath.practice.EntryDetails;
import org.peerpath.practice.EntryRef;
import org.peerpath.practice.EntryStatus;
import org.peerpath.practice.EntryView;
import org.peerpath.practice.MiSkills;
import org.peerpath.practice.PracticeService;
import org.peerpath.practice.PracticeTotals;
import org.peerpath.practice.Setting;
import org.peerpath.practice.TextLimits;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** The trainee's practice log: totals toward the requirement, logging and submitting entries, supervision, MI skills. */
@Route("practice")
@PageTitle("Practice log | Peerpath")
@Menu(title = "Practice log", order = 20, icon = "vaadin:notebook")
@RolesAllowed("TRAINEE")
@AccessDeniedErrorRouter
public class PracticeView extends Div {

    private final PracticeService practice;
    private final Clock clock;
    private final Div totals = new Div();
    private final Grid<EntryView> grid = new Grid<>();
    private final PhiWarning phiWarning = new PhiWarning("note");
    private final SessionLog sessionLog;

    // The entry form keeps what was typed whatever the outcome of saving.
    private final DatePicker date = new DatePicker("Date");
    private final TimePicker start = new TimePicker("Start time");
    private final Select<Integer> duration = new Select<>();
    private final Select<Domain> domain = new Select<>();
    private final Select<Activity> activity = new Select<>();
    private final Select<Setting> setting = new Select<>();
    private final TextArea note = new TextArea("Reflection (de-identified)");
    private final Span editing = new Span();
    private EntryView edited;

    PracticeView(PracticeService practice, CurrentUser currentUser, Clock clock) {
        this.practice = practice;
        this.clock = clock;
        this.sessionLog = new SessionLog(practice, clock, this::refreshTotals);
        addClassName("page");
        add(new H2("My practice log"), totals);
        add(new H3("Log practice"), entryForm());
        add(new H3("My entries"), entriesSection());
        add(new H3("Supervision sessions"), sessionLog);
        add(new H3("MI skills practice"), miForm());
        add(new H3("Reports"), Reports.links(practice, currentUser.require().id(), currentUser.require().displayName()));
        refresh();
    }

    private Div entryForm() {
        LocalDate today = LocalDate.now(clock);
        date.setMax(today);
        date.setValue(today);
        date.setRequired(true);
        start.setStep(Duration.ofMinutes(15));
        start.setRequired(true);
        duration.setLabel("Duration");
        duration.setItems(IntStream.rangeClosed(1, 48).map(i -> i * 15).boxed().toList());
        duration.setItemLabelGenerator(Format::duration);
        duration.setValue(60);
        domain.setLabel("IC&RC domain");
        domain.setItems(Domain.values());
        domain.setItemLabelGenerator(Domain::label);
        activity.setLabel("Activity");
        activity.setItems(Activity.values());
        activity.setItemLabelGenerator(Activity::label);
        setting.setLabel("Setting");
        setting.setItems(Setting.values());
        setting.setItemLabelGenerator(Setting::label);
        note.setWidthFull();
        note.setMaxLength(TextLimits.NOTE);
        note.setHelperText("What you did and learned. Never write anything that could identify the person you served: "
                + "no names, phone numbers, addresses, dates of birth or record numbers.");
        FormErrors errors = FormErrors.of(Map.of("date", date, "start", start, "minutes", duration, "domain", domain,
                "activity", activity, "setting", setting, "note", note));
        Button save = new Button("Save draft", e -> {
            EntryDetails details = new EntryDetails(date.getValue(), start.getValue(), duration.getValue() == null ? 0 : duration.getValue(),
                    domain.getValue(), activity.getValue(), setting.getValue(), note.getValue());
            boolean saved = errors.attempt(() -> phiWarning.guard(details.note(), () ->
                    practice.saveDraft(edited == null ? null : edited.id(), edited == null ? 0 : edited.version(), details)));
            if (saved) {
                Notifications.success("Saved as a draft. Submit it when you are ready for sign-off.");
                clearForm();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel editing", e -> clearForm());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        FlexLayout fields = new FlexLayout(date, start, duration, domain, activity, setting);
        fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        fields.addClassName("form-row");
        Div form = new Div(editing, fields, note, phiWarning, new Div(save, cancel));
        form.addClassName("practice-form");
        return form;
    }

    private void clearForm() {
        edited = null;
        editing.setText("");
        note.clear();
        note.setInvalid(false);
        phiWarning.hide();
    }

    private void edit(EntryView entry) {
        edited = entry;
        editing.setText("Editing the entry of " + entry.date() + (entry.status() == EntryStatus.REJECTED ? " (returned)" : ""));
        date.setValue(entry.date());
        start.setValue(entry.start());
        duration.setValue(entry.minutes());
        domain.setValue(entry.domain());
        activity.setValue(entry.activity());
        setting.setValue(entry.setting());
        note.setValue(entry.note());
        date.focus();
    }

    private void confirmDelete(EntryView entry) {
        ConfirmDialog dialog = new ConfirmDialog("Delete this draft?",
                "The draft of " + entry.date() + " at " + entry.start() + " (" + Format.duration(entry.minutes())
                        + ") will be removed. Only drafts that were never signed can be deleted.",
                "Delete draft", confirmed -> {
                    if (FormErrors.of(Map.of()).attempt(() -> practice.deleteDraft(entry.id(), entry.version()))) {
                        Notifications.success("The draft was deleted.");
                        if (edited != null && edited.id() == entry.id()) {
                            clearForm();
                        }
                        refresh();
                    }
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText("Keep it");
        dialog.open();
    }

    private Div entriesSection() {
        grid.addColumn(EntryView::date).setHeader("Date").setSortable(true);
        grid.addColumn(e -> e.start().toString()).setHeader("Start");
        grid.addColumn(e -> Format.duration(e.minutes())).setHeader("Duration");
        grid.addColumn(e -> e.domain().label()).setHeader("Domain");
        grid.addColumn(e -> e.activity().label()).setHeader("Activity");
        grid.addColumn(e -> e.status().label()).setHeader("Status");
        grid.addColumn(e -> e.status() == EntryStatus.APPROVED ? "Signed by " + e.signedBy() + ", " + Format.when(e.signedAt())
                : e.status() == EntryStatus.REJECTED ? "Returned: " + e.reviewComment() : "").setHeader("Sign-off").setFlexGrow(3);
        grid.addComponentColumn(e -> {
            if (e.status() == EntryStatus.DRAFT || e.status() == EntryStatus.REJECTED) {
                Button edit = new Button("Edit", ev -> edit(e));
                edit.setAriaLabel("Edit the entry of " + e.date() + " " + e.start());
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
                if (e.status() != EntryStatus.DRAFT) {
                    return new Span(edit, historyButton(e));
                }
                Button delete = new Button("Delete", ev -> confirmDelete(e));
                delete.setAriaLabel("Delete the draft of " + e.date() + " " + e.start());
                delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                return new Span(edit, delete, historyButton(e));
            }
            Span lock = new Span("Locked");
            lock.addClassName("locked");
            return new Span(lock, historyButton(e));
        }).setHeader("").setKey("actions");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("My practice entries");
        grid.setEmptyStateText("No entries yet. Log your practice above; drafts appear here until you submit them.");
        Button submit = new Button("Submit selected drafts for sign-off", e -> {
            List<EntryRef> refs = grid.getSelectedItems().stream().filter(v -> v.status() == EntryStatus.DRAFT)
                    .map(v -> new EntryRef(v.id(), v.version())).toList();
            if (refs.isEmpty()) {
                Notifications.error("Select one or more drafts to submit.");
                return;
            }
            if (FormErrors.of(Map.of()).attempt(() -> practice.submit(refs))) {
                Notifications.success(refs.size() + (refs.size() == 1 ? " entry was" : " entries were") + " sent to your supervisor.");
                refresh();
            }
        });
        return new Div(grid, submit);
    }

    private Button historyButton(EntryView entry) {
        Button history = new Button("History", ev -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle("History of the entry of " + entry.date() + " " + entry.start());
            dialog.add(History.list(practice.history(entry.id())));
            Button close = new Button("Close", c -> dialog.close());
            dialog.getFooter().add(close);
            dialog.open();
            close.focus();
        });
        history.setAriaLabel("History of the entry of " + entry.date() + " " + entry.start());
        history.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return history;
    }

    private Div miForm() {
        DatePicker when = new DatePicker("Practice date");
        when.setMax(LocalDate.now(clock));
        List<IntegerField> counts = Arrays.stream(new String[]{"Open questions", "Closed questions", "Simple reflections",
                "Complex reflections", "Affirmations"}).map(label -> {
            IntegerField f = new IntegerField(label);
            f.setMin(0);
            f.setValue(0);
            return f;
        }).toList();
        Paragraph result = new Paragraph();
        result.addClassName("mi-result");
        result.getElement().setAttribute("aria-live", "polite");
        FormErrors errors = FormErrors.of(Map.of("practisedOn", when));
        Button record = new Button("Record and compare with MITI", e -> {
            int[] n = counts.stream().mapToInt(f -> f.getValue() == null ? 0 : Math.max(0, f.getValue())).toArray();
            MiSkills skills = new MiSkills(n[0], n[1], n[2], n[3], n[4]);
            if (errors.attempt(() -> practice.recordMiPractice(when.getValue(), skills))) {
                result.setText(describe(skills));
            }
        });
        FlexLayout row = new FlexLayout();
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.addClassName("form-row");
        row.add(when);
        counts.forEach(row::add);
        return new Div(new Paragraph("Code a practice conversation or role-play and enter the counts. MITI 4.2.1 thresholds: "
                + "reflections to questions fair 1:1, good 2:1; complex reflections fair 40%, good 50%."), row, record, result);
    }

    static String describe(MiSkills skills) {
        BigDecimal ratio = skills.reflectionToQuestionRatio();
        BigDecimal complex = skills.percentComplexReflections();
        return "Reflections to questions: " + (ratio == null ? "no questions asked" : ratio.stripTrailingZeros().toPlainString() + " : 1")
                + " (" + level(skills.ratioLevel()) + "). Complex reflections: "
                + (complex == null ? "no reflections" : complex.stripTrailingZeros().toPlainString() + "%")
                + " (" + level(skills.complexReflectionLevel()) + ").";
    }

    private static String level(MiSkills.Level level) {
        return switch (level) {
            case GOOD -> "good";
            case FAIR -> "fair";
            case BELOW_FAIR -> "below fair";
        };
    }

    private void refresh() {
        grid.setItems(practice.myEntries());
        refreshTotals();
        sessionLog.refresh();
    }

    private void refreshTotals() {
        showTotals(practice.myTotals());
    }

    private void showTotals(PracticeTotals t) {
        totals.removeAll();
        BigDecimal signed = t.total(EntryStatus.APPROVED);
        List<BarChart.Bar> toward = new java.util.ArrayList<>(List.of(new BarChart.Bar("Practice", percent(signed, t.requiredPractice()),
                Format.hours(signed) + " of " + Format.hours(t.requiredPractice()))));
        if (t.requiredSupervision().signum() > 0) { // some programs count no supervision hours of their own
            toward.add(new BarChart.Bar("Supervision", percent(t.supervisionConfirmed(), t.requiredSupervision()),
                    Format.hours(t.supervisionConfirmed()) + " of " + Format.hours(t.requiredSupervision())));
        }
        totals.add(new BarChart("Progress toward the program's requirement (signed and confirmed hours only)", toward, BigDecimal.valueOf(100)));
        totals.add(new BarChart("Signed practice hours by domain", Arrays.stream(Domain.values())
                .map(d -> new BarChart.Bar(d.label(), t.hours(d, EntryStatus.APPROVED), Format.hours(t.hours(d, EntryStatus.APPROVED))))
                .toList(), null));
        totals.add(TotalsTable.of(t));
        totals.add(new Paragraph("Supervision waiting for confirmation: " + Format.hours(t.supervisionPending())));
    }

    private static BigDecimal percent(BigDecimal value, BigDecimal of) {
        return of.signum() == 0 ? BigDecimal.ZERO : value.multiply(BigDecimal.valueOf(100)).divide(of, 1, RoundingMode.HALF_UP);
    }
}
