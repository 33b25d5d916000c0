package org.peerpath.practice.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.peerpath.identity.StaffMember;
import org.peerpath.identity.StaffService;

import java.util.List;

/** The supervisor's home: the trainees they supervise. */
@Route("review")
@PageTitle("Review | Peerpath")
@Menu(title = "Review", order = 30, icon = "vaadin:check-square-o")
@RolesAllowed("SUPERVISOR")
@AccessDeniedErrorRouter
public class ReviewView extends Main {

    ReviewView(StaffService staff) {
        addClassName("page");
        List<StaffMember> trainees = staff.myTrainees();
        Grid<StaffMember> grid = new Grid<>(StaffMember.class, false);
        grid.addColumn(StaffMember::displayName).setHeader("Trainee");
        grid.addColumn(StaffMember::email).setHeader("E-mail");
        grid.setItems(trainees);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("My trainees");
        add(new H2("My trainees"));
        add(trainees.isEmpty()
                ? new Paragraph("No trainees are assigned to you yet. Your organization's administrator assigns them.")
                : grid);
    }
}
