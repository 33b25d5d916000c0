package org.peerpath.certification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.peerpath.certification.CertificationService;
import org.peerpath.certification.ProgramProgress;
import org.peerpath.common.ui.FormErrors;
import org.peerpath.common.ui.Notifications;
import org.peerpath.identity.StaffMember;
import org.peerpath.identity.StaffService;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A supervisor's view of their trainees' certification: status, issuing where the organization allows it, and
 * approving their trainees' outside training.
 */
@Route("review/certification")
@PageTitle("Trainees' certification | Peerpath")
@Menu(title = "Trainees' certification", order = 32, icon = "vaadin:diploma")
@RolesAllowed("SUPERVISOR")
@AccessDeniedErrorRouter
public class MyTraineesCertificationView extends Div {

    private final CertificationService certification;
    private final StaffService staff;

    MyTraineesCertificationView(CertificationService certification, StaffService staff) {
        this.certification = certification;
        this.staff = staff;
        addClassName("page");
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H2("My trainees' certification"));
        boolean mayIssue = certification.supervisorsMayIssue();
        add(new Paragraph(mayIssue ? "Your organization lets you issue certificates to your trainees once they are eligible."
                : "Your organization's admins issue certificates."));
        List<StaffMember> trainees = staff.myTrainees();
        for (StaffMember trainee : trainees) {
            ProgramProgress p = certification.progressOf(trainee.id());
            Div row = new Div(new Span(trainee.displayName() + ": " + p.status().label() + " · " + p.percent() + "% "));
            row.addClassName("record-entry");
            if (mayIssue && p.issuable()) {
                Button issue = new Button("Issue certificate", e -> {
                    if (FormErrors.of(Map.of()).attempt(() -> certification.issue(trainee.id()))) {
                        Notifications.success("Certificate issued to " + trainee.displayName() + ".");
                        refresh();
                    }
                });
                issue.setAriaLabel("Issue a certificate to " + trainee.displayName());
                issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                row.add(issue);
            }
            if (p.certificate() != null) {
                row.add(new Span(" Certificate " + p.certificate().code() + ", valid until " + p.certificate().expiresOn()
                        + (p.certificate().revoked() ? " (revoked)" : "")));
            }
            add(row);
        }
        add(new H2("Outside training to approve"));
        add(TrainingReview.pending(certification, trainees.stream().collect(Collectors.toMap(StaffMember::id, StaffMember::displayName)),
                this::refresh));
    }
}
