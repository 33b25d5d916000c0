package org.peerpath.certification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.peerpath.certification.CertificateRules;
import org.peerpath.certification.CertificateView;
import org.peerpath.certification.CertificationOverview;
import org.peerpath.certification.CertificationService;
import org.peerpath.certification.CertificationStatus;
import org.peerpath.certification.PersonName;
import org.peerpath.certification.ProgramProgress;
import org.peerpath.certification.ProgramSummary;
import org.peerpath.certification.StaffDashboard;
import org.peerpath.certification.RenewalProgress;
import org.peerpath.common.ui.FormErrors;
import org.peerpath.common.ui.Notifications;
import org.peerpath.content.Domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Org admins review one trainee's evidence in one place, program by program, and issue, revoke or renew each program's
 * certificate, enrol the trainee in a further program or withdraw an enrolment without a certificate; they also
 * approve outside training, set who may issue and choose the program new trainees are enrolled in. The dashboard ({@link StaffDashboardView}) links here per person.
 */
@Route("org/certifications/:personId?")
@PageTitle("Certificates | Peerpath")
@Menu(title = "Certificates", order = 51, icon = "vaadin:diploma")
@RolesAllowed("ORG_ADMIN")
@AccessDeniedErrorRouter
public class OrgCertificationsView extends Div implements BeforeEnterObserver {

    private final CertificationService certification;
    private final StaffDashboard dashboard;
    private final Div evidence = new Div();
    private final Div approvals = new Div();
    private final ComboBox<PersonName> trainee = new ComboBox<>("Trainee");

    OrgCertificationsView(CertificationService certification, StaffDashboard dashboard) {
        this.certification = certification;
        this.dashboard = dashboard;
        addClassName("page");
        // Typed names narrow the list; pages come from the dashboard's read model, so thousands of staff cost a query a page.
        trainee.setItems(query -> dashboard.trainees(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream(),
                query -> (int) dashboard.countTrainees(query.getFilter().orElse("")));
        trainee.setItemLabelGenerator(PersonName::displayName);
        trainee.setPlaceholder("Type a name");
        trainee.setWidth("20em");
        trainee.addValueChangeListener(e -> show(e.getValue()));
        Checkbox supervisorsIssue = new Checkbox("Supervisors may issue certificates to their own trainees");
        supervisorsIssue.setValue(certification.supervisorsMayIssue());
        supervisorsIssue.addValueChangeListener(e -> {
            certification.letSupervisorsIssue(e.getValue());
            Notifications.success(e.getValue() ? "Supervisors may now issue certificates to their own trainees."
                    : "Only org admins issue certificates now.");
        });
        trainee.setHelperText("A trainee's evidence, certificate, renewal and revocation");
        add(new H2("Certificates"), new H3("Review and issue"), trainee, evidence, new H3("Outside training to approve"), approvals,
                new H3("Issuing policy"), supervisorsIssue, new H3("Default program"), defaultProgram());
        showApprovals();
    }

    /** The program new trainees are enrolled in; trainees already enrolled keep theirs. */
    private Div defaultProgram() {
        Select<ProgramSummary> program = new Select<>();
        program.setLabel("Program new trainees are enrolled in");
        program.setHelperText("Trainees already enrolled keep their programs; you can enrol a trainee in further programs on their evidence.");
        List<ProgramSummary> published = certification.publishedPrograms();
        program.setItems(published);
        program.setItemLabelGenerator(p -> p.title() + " (version " + p.version() + ")");
        String[] shown = {certification.defaultProgram()};
        published.stream().filter(p -> p.id().equals(shown[0])).findFirst().ifPresent(program::setValue);
        program.setWidth("28em");
        program.addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null) {
                return;
            }
            if (FormErrors.of(Map.of("defaultProgram", program)).attempt(() -> certification.chooseDefaultProgram(shown[0], e.getValue().id()))) {
                shown[0] = e.getValue().id();
                Notifications.success("New trainees will be enrolled in " + e.getValue().title() + ".");
            }
        });
        return new Div(program);
    }

    /** The dashboard links here with the person chosen; only trainees of the admin's organization are found. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().getLong("personId").ifPresent(id -> trainee.setValue(dashboard.trainee(id).orElse(null)));
    }

    private void show(PersonName member) {
        evidence.removeAll();
        if (member == null) {
            return;
        }
        CertificationOverview overview = certification.certificationOf(member.id());
        overview.programs().forEach(p -> program(member, overview, p));
        evidence.add(new H4("Signed practice hours by domain"), new Paragraph(Arrays.stream(Domain.values())
                .map(d -> d.label() + " " + overview.signedPracticeHours().getOrDefault(d, BigDecimal.ZERO).stripTrailingZeros().toPlainString() + " h")
                .collect(Collectors.joining(" · "))));
        enrolForm(member, overview);
    }

    /** One program's evidence, certificate, renewal and revocation, and withdrawing the enrolment while it has no certificate. */
    private void program(PersonName member, CertificationOverview overview, ProgramProgress p) {
        evidence.add(new H4(p.programTitle() + " (version " + p.programVersion() + ")"));
        Paragraph status = new Paragraph(member.displayName() + ": " + p.status().label() + " · " + p.percent() + "% · " + p.programTitle());
        status.addClassName("certification-status");
        evidence.add(status);
        UnorderedList requirements = new UnorderedList();
        p.requirements().forEach(r -> requirements.add(new ListItem((r.met() ? "Met: " : "Not met: ") + r.label() + " — "
                + r.done().stripTrailingZeros().toPlainString() + " of " + r.required().stripTrailingZeros().toPlainString()
                + (r.unit().isEmpty() ? "" : " " + r.unit()) + " (" + r.source() + ")")));
        if (p.affirmationRequired()) {
            requirements.add(new ListItem(p.ethicsAttested() ? "The ethics affirmation of this version is signed."
                    : "The ethics affirmation of this version is not signed yet."));
        }
        evidence.add(new H5("Evidence"), requirements);
        CertificateRules.NextStep next = p.next();
        if (next.action() == CertificateRules.Action.ISSUE) {
            Button issue = new Button("Issue certificate", e -> {
                if (FormErrors.of(Map.of()).attempt(() -> certification.issue(member.id(), p.programId()))) {
                    Notifications.success("Certificate issued to " + member.displayName() + ".");
                    show(member);
                }
            });
            issue.setAriaLabel("Issue certificate: " + p.programTitle());
            issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            issue.setEnabled(next.possible());
            evidence.add(issue);
            reason(next);
        }
        CertificateView certificate = p.certificate();
        if (certificate != null) {
            evidence.add(new H5("Certificate"), new Paragraph("Code " + certificate.code() + " · issued " + certificate.issuedOn()
                    + " · valid until " + certificate.expiresOn() + (certificate.revoked() ? " · revoked: " + certificate.revokeReason() : "")),
                    CertificateLinks.of(certification, certificate));
            if (!certificate.revoked()) {
                RenewalProgress renewal = p.renewal();
                Paragraph progress = new Paragraph(RenewalSummary.progress(renewal));
                progress.addClassName("renewal-progress");
                evidence.add(new H5("Renewal"), progress, new Paragraph(RenewalSummary.terms(renewal, certificate)));
                Button renew = new Button(renewal.late() ? "Renew certificate (late)" : "Renew certificate", e -> {
                    if (FormErrors.of(Map.of()).attempt(() -> certification.renew(certificate.id(), certificate.version()))) {
                        Notifications.success("Renewed: a new certificate follows the current one.");
                        show(member);
                    }
                });
                renew.setEnabled(next.possible());
                evidence.add(renew);
                reason(next);
                TextField reason = new TextField("Reason for revoking");
                Button revoke = new Button("Revoke certificate", e -> confirmRevoke(member, certificate, reason));
                revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
                evidence.add(new H5("Revocation"), new Div(reason, revoke));
            }
        }
        if (overview.withdrawable(p)) {
            Button withdraw = new Button("Withdraw from this program", e -> confirmWithdraw(member, p));
            withdraw.setAriaLabel("Withdraw " + member.displayName() + " from " + p.programTitle());
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            evidence.add(new Div(withdraw));
        }
    }

    /** A further published program the trainee is not enrolled in yet, at its newest version. */
    private void enrolForm(PersonName member, CertificationOverview overview) {
        Set<String> enrolled = overview.programs().stream().map(ProgramProgress::programId).collect(Collectors.toSet());
        List<ProgramSummary> further = certification.publishedPrograms().stream().filter(p -> !enrolled.contains(p.id())).toList();
        evidence.add(new H4("Enrol in a further program"));
        if (further.isEmpty()) {
            evidence.add(new Paragraph(member.displayName() + " is enrolled in every published program."));
            return;
        }
        Select<ProgramSummary> program = new Select<>();
        program.setLabel("Program");
        program.setItems(further);
        program.setItemLabelGenerator(p -> p.title() + " (version " + p.version() + ")");
        program.setWidth("28em");
        Button enrol = new Button("Enrol", e -> {
            ProgramSummary chosen = program.getValue();
            if (FormErrors.of(Map.of("program", program)).attempt(() -> certification.enrol(member.id(), chosen == null ? null : chosen.id()))) {
                Notifications.success(member.displayName() + " is enrolled in " + chosen.title() + ".");
                show(member);
            }
        });
        enrol.setAriaLabel("Enrol " + member.displayName() + " in the chosen program");
        evidence.add(new Div(program, enrol));
    }

    /** Withdrawing ends the program's version pin: enrolled again later, the trainee gets the newest version. */
    private void confirmWithdraw(PersonName member, ProgramProgress p) {
        ConfirmDialog dialog = new ConfirmDialog("Withdraw from " + p.programTitle() + "?", member.displayName()
                + " will no longer be tracked toward this program. Their hours, training and other programs stay. Enrolled again "
                + "later, they get the program's newest version.", "Withdraw", confirmed -> {
                    if (FormErrors.of(Map.of()).attempt(() -> certification.withdraw(member.id(), p.programId()))) {
                        Notifications.success(member.displayName() + " is withdrawn from " + p.programTitle() + ".");
                        show(member);
                    }
                });
        dialog.setCancelable(true);
        dialog.setCancelText("Keep the enrolment");
        dialog.open();
    }

    /** Revoking cannot be undone and shows on the public page at once: the admin confirms it first. */
    private void confirmRevoke(PersonName member, CertificateView certificate, TextField reason) {
        ConfirmDialog dialog = new ConfirmDialog("Revoke this certificate?", member.displayName() + "'s certificate "
                + certificate.code() + " will show as revoked on the public verification page at once. This cannot be undone.",
                "Revoke", confirmed -> {
                    if (FormErrors.of(Map.of("reason", reason)).attempt(() -> certification.revoke(certificate.id(), certificate.version(), reason.getValue()))) {
                        Notifications.success("Certificate revoked. The verification page now shows it as revoked.");
                        show(member);
                    }
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText("Keep it");
        dialog.open();
    }

    /** Why the step is not possible yet, beside its disabled button (which cannot take focus to tell it). */
    private void reason(CertificateRules.NextStep next) {
        if (!next.possible()) {
            Paragraph why = new Paragraph(next.reason());
            why.addClassName("action-reason");
            evidence.add(why);
        }
    }

    private void showApprovals() {
        approvals.removeAll();
        approvals.add(TrainingReview.pending(certification, dashboard::namesOf, this::showApprovals));
    }
}
