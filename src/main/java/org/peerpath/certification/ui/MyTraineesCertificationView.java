package org.peerpath.certification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.peerpath.certification.CertificationService;
import org.peerpath.certification.StaffDashboard;
import org.peerpath.certification.StaffStanding;
import org.peerpath.common.ui.FormErrors;
import org.peerpath.common.ui.Notifications;

import java.util.Map;

/**
 * A supervisor's view of their trainees' certification: status, issuing where the organization allows it, and
 * approving their trainees' outside training. The list pages from the dashboard's read model, a query per page
 * however many trainees there are.
 */
@Route("review/certification")
@PageTitle("Trainees' certification | Peerpath")
@Menu(title = "Trainees' certification", order = 32, icon = "vaadin:diploma")
@RolesAllowed("SUPERVISOR")
@AccessDeniedErrorRouter
public class MyTraineesCertificationView extends Div {

    private final CertificationService certification;
    private final StaffDashboard dashboard;
    private final Grid<StaffStanding> trainees = new Grid<>();
    private final Div approvals = new Div();

    MyTraineesCertificationView(CertificationService certification, StaffDashboard dashboard) {
        this.certification = certification;
        this.dashboard = dashboard;
        addClassName("page");
        boolean mayIssue = certification.supervisorsMayIssue();
        trainees.addColumn(StaffStanding::name).setHeader("Trainee");
        trainees.addColumn(s -> s.status().label()).setHeader("Status");
        trainees.addColumn(s -> s.percent() + "%").setHeader("Progress").setTextAlign(ColumnTextAlign.END);
        trainees.addColumn(MyTraineesCertificationView::certificate).setHeader("Certificate");
        if (mayIssue) {
            trainees.addComponentColumn(this::issueButton).setHeader("Issue");
        }
        trainees.getColumns().forEach(column -> column.setAutoWidth(true));
        trainees.setAriaLabel("My trainees and their certification standing");
        trainees.setEmptyStateText("No trainees are assigned to you.");
        trainees.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        trainees.setHeight("24rem");
        trainees.setItems(query -> dashboard.myTrainees(query.getOffset(), query.getLimit()).stream(),
                query -> (int) dashboard.countMyTrainees());
        add(new H2("My trainees' certification"),
                new Paragraph(mayIssue ? "Your organization lets you issue certificates to your trainees once they are eligible."
                        : "Your organization's admins issue certificates."),
                trainees, new H2("Outside training to approve"), approvals);
        showApprovals();
    }

    private static String certificate(StaffStanding s) {
        return s.certificateCode() == null ? "" : s.certificateCode() + ", valid until " + s.certificateExpiresOn()
                + (s.certificateRevoked() ? " (revoked)" : "");
    }

    private Component issueButton(StaffStanding trainee) {
        if (!trainee.issuable()) {
            return new Div();
        }
        Button issue = new Button("Issue certificate", e -> {
            if (FormErrors.of(Map.of()).attempt(() -> certification.issue(trainee.personId(), trainee.programId()))) {
                Notifications.success("Certificate issued to " + trainee.name() + ".");
                trainees.getDataProvider().refreshAll();
            }
        });
        issue.setAriaLabel("Issue a certificate to " + trainee.name());
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return issue;
    }

    private void showApprovals() {
        approvals.removeAll();
        approvals.add(TrainingReview.pending(certification, dashboard::namesOf, () -> {
            showApprovals();
            trainees.getDataProvider().refreshAll(); // an approval may make a trainee eligible
        }));
    }
}
