package org.peerpath.learning.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.peerpath.identity.AccountService;
import org.peerpath.identity.StaffMember;

/** The trainee's home. */
@Route("courses")
@PageTitle("My learning | Peerpath")
@Menu(title = "My learning", order = 10, icon = "vaadin:academy-cap")
@RolesAllowed("TRAINEE")
@AccessDeniedErrorRouter
public class MyLearningView extends Main {

    MyLearningView(AccountService accounts) {
        addClassName("page");
        StaffMember me = accounts.myProfile();
        add(new H2("Welcome, " + me.displayName()));
        add(new Paragraph(me.supervisorName() == null
                ? "You don't have a supervisor yet. Your organization's administrator assigns one."
                : "Your supervisor is " + me.supervisorName() + "."));
    }
}
