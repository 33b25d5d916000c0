package org.peerpath.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.peerpath.common.ui.FormErrors;
import org.peerpath.common.ui.Notifications;
import org.peerpath.identity.InvitationLink;
import org.peerpath.organization.NewOrganization;
import org.peerpath.organization.OrganizationService;
import org.peerpath.organization.OrganizationSummary;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** The platform admin's home: every organization, and a form to add one with its first administrator. */
@Route("admin")
@PageTitle("Organizations | Peerpath")
@Menu(title = "Organizations", order = 90, icon = "vaadin:building")
@RolesAllowed("PLATFORM_ADMIN")
@AccessDeniedErrorRouter
public class OrganizationsView extends Main {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);

    private final OrganizationService organizations;
    private final Grid<OrganizationSummary> grid = new Grid<>(OrganizationSummary.class, false);
    private final Div result = new Div();

    OrganizationsView(OrganizationService organizations) {
        this.organizations = organizations;
        addClassName("page");

        grid.addColumn(OrganizationSummary::name).setHeader("Organization").setSortable(true).setFlexGrow(3);
        grid.addColumn(o -> o.active() ? "Active" : "Inactive").setHeader("Status");
        grid.addColumn(o -> DATE.format(o.createdAt())).setHeader("Created");
        grid.addComponentColumn(o -> {
            Button invite = new Button("Invite an admin", e -> openInviteAdmin(o));
            invite.setAriaLabel("Invite an administrator for " + o.name());
            return invite;
        }).setHeader("Actions").setFlexGrow(0).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Organizations");

        add(new H2("Organizations"), grid, new H2("Add an organization"), createForm(), result);
        refresh();
    }

    private FormLayout createForm() {
        TextField name = new TextField("Organization name");
        name.setRequiredIndicatorVisible(true);
        EmailField adminEmail = new EmailField("First administrator's e-mail");
        adminEmail.setRequiredIndicatorVisible(true);
        TextField adminName = new TextField("First administrator's name");
        adminName.setRequiredIndicatorVisible(true);
        FormErrors errors = FormErrors.of(Map.of("name", name, "email", adminEmail, "displayName", adminName));

        Button create = new Button("Create organization and invite admin");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> {
            NewOrganization[] created = new NewOrganization[1];
            if (errors.attempt(() -> created[0] = organizations.create(name.getValue(), adminEmail.getValue(), adminName.getValue()))) {
                result.removeAll();
                var link = created[0].adminInvitation();
                result.add(new OneTimeLinkPanel("Invitation link for " + link.email(), link.email(), link.url(), link.expiresAt(), link.mailed()));
                Notifications.success(created[0].organization().name() + " created.");
                name.clear();
                adminEmail.clear();
                adminName.clear();
                refresh();
            }
        });
        FormLayout form = new FormLayout(name, adminEmail, adminName, create);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        form.setColspan(create, 1);
        return form;
    }

    private void openInviteAdmin(OrganizationSummary organization) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Invite an administrator for " + organization.name());
        EmailField email = new EmailField("E-mail address");
        email.setRequiredIndicatorVisible(true);
        TextField name = new TextField("Name");
        name.setRequiredIndicatorVisible(true);
        FormErrors errors = FormErrors.of(Map.of("email", email, "displayName", name));
        Div link = new Div();
        Button send = new Button("Create invitation");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            InvitationLink[] created = new InvitationLink[1];
            if (errors.attempt(() -> created[0] = organizations.inviteAdministrator(organization.id(), email.getValue(), name.getValue()))) {
                link.removeAll();
                link.add(new OneTimeLinkPanel("Invitation link for " + created[0].email(), created[0].email(),
                        created[0].url(), created[0].expiresAt(), created[0].mailed()));
                send.setEnabled(false);
            }
        });
        dialog.add(new FormLayout(name, email), link);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()), send);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(organizations.all());
    }
}
