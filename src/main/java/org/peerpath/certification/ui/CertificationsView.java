package org.peerpath.certification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.PermitAll;
import org.peerpath.certification.CertificationOverview;
import org.peerpath.certification.CertificationService;
import org.peerpath.certification.OutsideTrainingRecord;
import org.peerpath.certification.ProgramProgress;
import org.peerpath.certification.RequirementProgress;
import org.peerpath.common.ui.BarChart;
import org.peerpath.common.ui.FormErrors;
import org.peerpath.common.ui.Notifications;
import org.peerpath.content.Domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * A person's own certification, one section per program they are enrolled in: every requirement with its source,
 * status, what is missing, the ethics affirmation, the certificate and its renewal; and their signed practice hours
 * per domain. Open to everyone signed in, because a holder keeps their certificate when their role changes (a coach who
 * became a supervisor); someone without a program sees a short explanation instead.
 */
@Route("certifications")
@PageTitle("Certification | Peerpath")
@Menu(title = "My certification", order = 25, icon = "vaadin:diploma")
@PermitAll
@AccessDeniedErrorRouter
public class CertificationsView extends Div {

    private final CertificationService certification;
    private final Div programs = new Div();
    private final Div practiceHours = new Div();
    private final Div training = new Div();

    CertificationsView(CertificationService certification) {
        this.certification = certification;
        addClassName("page");
        Optional<CertificationOverview> mine = certification.myCertification();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph("You are not enrolled in a certification program and hold no certificate. When your "
                    + "organization enrols you as a trainee, your requirements and progress appear here.");
            none.addClassName("empty-state");
            add(new H2("Certification"), none);
            return;
        }
        add(programs, practiceHours, new H2("Outside training and continuing education"), outsideTrainingForm(), training);
        show(mine.get());
    }

    private void refresh() {
        show(certification.myCertification().orElseThrow());
    }

    /** One section per program, main program first; then the signed practice hours that count toward each of them. */
    private void show(CertificationOverview overview) {
        programs.removeAll();
        overview.programs().forEach(p -> programs.add(section(p)));
        practiceHours.removeAll();
        // The page's sections are H2s; the chart's own caption would repeat this heading word for word.
        practiceHours.add(new H2("Signed practice hours by domain"), new BarChart("By IC&RC domain",
                Arrays.stream(Domain.values()).map(d -> {
                    BigDecimal hours = overview.signedPracticeHours().getOrDefault(d, BigDecimal.ZERO);
                    return new BarChart.Bar(d.label(), hours, hours.stripTrailingZeros().toPlainString() + " h");
                }).toList(), null));
        training.removeAll();
        UnorderedList list = new UnorderedList();
        for (OutsideTrainingRecord t : certification.myOutsideTraining()) {
            list.add(new ListItem(t.completedOn() + " · " + t.title() + " (" + t.provider() + ") · "
                    + t.hours().stripTrailingZeros().toPlainString() + " h " + t.domain().label()
                    + (t.continuingEducation() ? " · continuing education" : "") + (t.ethics() ? " · ethics" : "")
                    + " · " + switch (t.status()) {
                        case "APPROVED" -> "approved";
                        case "REJECTED" -> "not accepted";
                        default -> "waiting for approval";
                    } + (t.note() == null ? "" : " · note: " + t.note())));
        }
        training.add(list);
    }

    private Section section(ProgramProgress p) {
        Section section = new Section();
        section.addClassName("program-section");
        H2 title = new H2(p.programTitle() + " (version " + p.programVersion() + ")");
        title.setId("program-" + p.programId());
        section.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        section.add(title);
        Paragraph status = new Paragraph("Status: " + p.status().label() + " · " + p.percent() + "% of the requirements done");
        status.addClassName("certification-status");
        section.add(status);
        section.add(new BarChart("Requirements", p.requirements().stream().map(r -> new BarChart.Bar(r.label(),
                r.share().multiply(BigDecimal.valueOf(100)), text(r))).toList(), BigDecimal.valueOf(100)));
        UnorderedList sources = new UnorderedList();
        p.requirements().forEach(r -> sources.add(new ListItem(r.label() + ": " + text(r) + " — " + r.source())));
        section.add(sources);
        if (!p.missing().isEmpty()) {
            section.add(new H3("Still missing"));
            UnorderedList missing = new UnorderedList();
            p.missing().forEach(m -> missing.add(new ListItem(m)));
            section.add(missing);
        }
        if (p.projectedPracticeComplete() != null) {
            section.add(new Paragraph("At your pace over the last 90 days you will reach the practice hours around "
                    + p.projectedPracticeComplete() + "."));
        }
        if (p.affirmationRequired()) {
            affirmation(section, p);
        }
        if (p.certificate() != null) {
            section.add(new H3("Certificate"), new Paragraph("Code " + p.certificate().code() + " · issued " + p.certificate().issuedOn()
                    + " · valid until " + p.certificate().expiresOn() + (p.certificate().revoked() ? " · revoked" : "")),
                    CertificateLinks.of(certification, p.certificate()));
        }
        if (p.renewal() != null) {
            Paragraph renewal = new Paragraph(RenewalSummary.progress(p.renewal()));
            renewal.addClassName("renewal-progress");
            section.add(new H3("Renewal"), renewal, new Paragraph(RenewalSummary.terms(p.renewal(), p.certificate())),
                    new Paragraph(p.renewable() ? "You have the continuing education for renewal. Ask your organization to renew your certificate."
                            : "Log your continuing education below (tick \"Continuing education\"); it counts once approved. Still needed: "
                            + String.join("; ", p.renewal().missing()) + "."));
        }
        return section;
    }

    /** The affirmation of the program version the person is enrolled in; each program has its own. */
    private void affirmation(Section section, ProgramProgress p) {
        section.add(new H3("Ethics affirmation"));
        Paragraph statement = new Paragraph(p.ethicsStatement());
        statement.addClassName("attestation");
        section.add(statement);
        if (p.ethicsAttested()) {
            section.add(new Paragraph("You have signed this affirmation."));
        } else {
            // An explicit, separate confirmation: the affirmation is a signature, not a click-through.
            Checkbox read = new Checkbox("I have read the statement above and affirm it as my own");
            Button affirm = new Button("Sign the affirmation", e -> {
                certification.attestEthics(p.programId());
                Notifications.success("Thank you. Your affirmation is recorded.");
                refresh();
            });
            affirm.setAriaLabel("Sign the affirmation for " + p.programTitle());
            affirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            affirm.setEnabled(false);
            read.addValueChangeListener(e -> affirm.setEnabled(e.getValue()));
            section.add(new Div(read), affirm);
        }
    }

    private static String text(RequirementProgress r) {
        return r.done().stripTrailingZeros().toPlainString() + " of " + r.required().stripTrailingZeros().toPlainString()
                + (r.unit().isEmpty() ? "" : " " + r.unit());
    }

    private Div outsideTrainingForm() {
        TextField title = new TextField("Training");
        TextField provider = new TextField("Provider");
        DatePicker completed = new DatePicker("Completed on");
        BigDecimalField hours = new BigDecimalField("Hours");
        Select<Domain> domain = new Select<>();
        domain.setLabel("IC&RC domain");
        domain.setItems(Domain.values());
        domain.setItemLabelGenerator(Domain::label);
        Checkbox ethics = new Checkbox("Counts as ethics");
        Checkbox continuing = new Checkbox("Continuing education (for renewal)");
        TextArea note = new TextArea("Note for your reviewer (optional)");
        note.setMaxLength(1000);
        note.setHelperText("For example a certificate number or what the course covered. Never anything about a person you serve.");
        note.setWidthFull();
        FormErrors errors = FormErrors.of(Map.of("title", title, "provider", provider, "completedOn", completed, "hours", hours,
                "domain", domain, "note", note));
        Button save = new Button("Add training", e -> {
            if (errors.attempt(() -> certification.recordOutsideTraining(OutsideTrainingRecord.typed(title.getValue(), provider.getValue(),
                    completed.getValue(), hours.getValue(), domain.getValue(), ethics.getValue(), continuing.getValue(), note.getValue())))) {
                Notifications.success("Added. It counts once your organization approves it.");
                title.clear();
                hours.clear();
                note.clear();
                refresh();
            }
        });
        FlexLayout row = new FlexLayout(title, provider, completed, hours, domain);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.addClassName("form-row");
        return new Div(new Paragraph("Education from other approved training counts toward the program's education hours once "
                + "your organization approves it; continuing education counts toward renewal."), row, new Span(ethics, continuing), note, save);
    }
}
