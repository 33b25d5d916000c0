package org.peerpath.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.peerpath.common.ui.FormErrors;
import org.peerpath.common.ui.Notifications;
import org.peerpath.identity.InvitationLink;
import org.peerpath.identity.PasswordResetLink;
import org.peerpath.identity.PasswordResetService;
import org.peerpath.identity.PendingInvitation;
import org.peerpath.identity.Role;
import org.peerpath.identity.StaffMember;
import org.peerpath.identity.StaffService;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The org admin's home: everyone on staff, invitations, roles, supervisors, deactivation. */
@Route("org/staff/manage")
@PageTitle("Staff administration | Peerpath")
@Menu(title = "Staff administration", order = 53, icon = "vaadin:user-card")
@RolesAllowed("ORG_ADMIN")
@AccessDeniedErrorRouter
public class StaffView extends Main {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);
    private static final Set<Role> ASSIGNABLE = EnumSet.of(Role.TRAINEE, Role.SUPERVISOR, Role.ORG_ADMIN);

    private final StaffService staff;
    private final PasswordResetService passwordResets;
    private final Grid<StaffMember> grid = new Grid<>(StaffMember.class, false);
    private final Grid<PendingInvitation> invitations = new Grid<>(PendingInvitation.class, false);
    private final TextField search = new TextField();
    private final Paragraph noInvitations = new Paragraph("No open invitations. Invited people appear here until they accept.");

    StaffView(StaffService staff, PasswordResetService passwordResets) {
        this.staff = staff;
        this.passwordResets = passwordResets;
        addClassName("page");

        search.setPlaceholder("Search by name or e-mail");
        search.setAriaLabel("Search staff");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button invite = new Button("Invite staff", e -> openInviteDialog());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(search, invite);
        toolbar.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        toolbar.addClassName("toolbar");

        grid.addColumn(StaffMember::displayName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(StaffMember::email).setHeader("E-mail").setFlexGrow(2).setAutoWidth(true);
        grid.addColumn(m -> roles(m.roles())).setHeader("Roles").setFlexGrow(2);
        grid.addColumn(m -> m.supervisorName() == null ? "" : m.supervisorName()).setHeader("Supervisor");
        grid.addColumn(m -> m.active() ? "Active" : "Deactivated " + DATE.format(m.deactivatedAt())).setHeader("Status");
        grid.addComponentColumn(m -> {
            Button manage = new Button("Manage", e -> openManageDialog(m));
            manage.setAriaLabel("Manage " + m.displayName());
            return manage;
        }).setHeader("Actions").setFlexGrow(0).setAutoWidth(true);
        grid.setAriaLabel("Staff");
        // Pages from the database as the admin scrolls: an organization may have thousands of people.
        grid.setItems(query -> staff.staffPage(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> staff.staffCount(search.getValue()));
        grid.setHeight("32rem");

        invitations.addColumn(PendingInvitation::displayName).setHeader("Name");
        invitations.addColumn(PendingInvitation::email).setHeader("E-mail");
        invitations.addColumn(i -> roles(i.roles())).setHeader("Roles");
        invitations.addColumn(i -> (i.expired() ? "Expired " : "Expires ") + DATE.format(i.expiresAt())).setHeader("Link");
        invitations.addComponentColumn(i -> {
            Button withdraw = new Button("Withdraw", e -> {
                if (FormErrors.of(Map.of()).attempt(() -> staff.revokeInvitation(i.id()))) {
                    Notifications.success("Invitation for " + i.email() + " withdrawn.");
                    refresh();
                }
            });
            withdraw.setAriaLabel("Withdraw the invitation for " + i.email());
            return withdraw;
        }).setHeader("Actions").setFlexGrow(0).setAutoWidth(true);
        invitations.setAllRowsVisible(true);
        invitations.setAriaLabel("Open invitations");

        noInvitations.addClassName("empty-state");
        add(new H2("Staff"), toolbar, grid, new H2("Open invitations"), noInvitations, invitations);
        refresh();
    }

    private static String roles(Set<Role> roles) {
        return roles.stream().sorted().map(Role::label).collect(Collectors.joining(", "));
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        List<PendingInvitation> pending = staff.pendingInvitations();
        invitations.setItems(pending);
        invitations.setVisible(!pending.isEmpty());
        noInvitations.setVisible(pending.isEmpty());
    }


    private void openInviteDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Invite a staff member");
        TextField name = new TextField("Name");
        name.setRequiredIndicatorVisible(true);
        EmailField email = new EmailField("E-mail address");
        email.setRequiredIndicatorVisible(true);
        CheckboxGroup<Role> roles = roleChoice();
        roles.setValue(EnumSet.of(Role.TRAINEE));
        ComboBox<StaffMember> supervisor = supervisorChoice();
        roles.addValueChangeListener(e -> supervisor.setEnabled(e.getValue().contains(Role.TRAINEE)));
        FormErrors errors = FormErrors.of(Map.of("displayName", name, "email", email, "roles", roles, "supervisor", supervisor));
        Div result = new Div();

        Button send = new Button("Create invitation");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            InvitationLink[] link = new InvitationLink[1];
            Long supervisorId = supervisor.isEnabled() && supervisor.getValue() != null ? supervisor.getValue().id() : null;
            if (errors.attempt(() -> link[0] = staff.invite(email.getValue(), name.getValue(), roles.getValue(), supervisorId))) {
                result.removeAll();
                result.add(new OneTimeLinkPanel("Invitation link for " + link[0].email(), link[0].email(), link[0].url(), link[0].expiresAt(), link[0].mailed()));
                send.setEnabled(false);
                refresh();
            }
        });
        dialog.add(new FormLayout(name, email, roles, supervisor), result);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()), send);
        dialog.open();
    }

    private void openManageDialog(StaffMember member) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(member.displayName());
        CheckboxGroup<Role> roles = roleChoice();
        roles.setValue(member.roles().stream().filter(ASSIGNABLE::contains).collect(Collectors.toSet()));
        ComboBox<StaffMember> supervisor = supervisorChoice();
        supervisor.setItems(staff.supervisors().stream().filter(s -> s.id() != member.id()).toList());
        supervisor.setValue(staff.supervisors().stream().filter(s -> member.supervisorId() != null && s.id() == member.supervisorId())
                .findFirst().orElse(null));
        supervisor.setEnabled(member.hasRole(Role.TRAINEE));
        FormErrors errors = FormErrors.of(Map.of("roles", roles, "supervisor", supervisor));
        // Each save sends the version the admin saw; a concurrent change is reported instead of overwritten.
        long[] version = {member.version()};

        Button saveRoles = new Button("Save roles", e -> {
            Set<Role> chosen = EnumSet.noneOf(Role.class);
            chosen.addAll(roles.getValue());
            if (member.hasRole(Role.PLATFORM_ADMIN)) {
                chosen.add(Role.PLATFORM_ADMIN);
            }
            StaffMember[] updated = new StaffMember[1];
            if (errors.attempt(() -> updated[0] = staff.changeRoles(member.id(), chosen, version[0]))) {
                version[0] = updated[0].version();
                supervisor.setEnabled(updated[0].hasRole(Role.TRAINEE));
                Notifications.success("Roles saved for " + member.displayName() + ".");
                refresh();
            }
        });
        Button saveSupervisor = new Button("Save supervisor", e -> {
            StaffMember[] updated = new StaffMember[1];
            Long supervisorId = supervisor.getValue() == null ? null : supervisor.getValue().id();
            if (errors.attempt(() -> updated[0] = staff.assignSupervisor(member.id(), supervisorId, version[0]))) {
                version[0] = updated[0].version();
                Notifications.success(updated[0].supervisorName() == null
                        ? member.displayName() + " has no supervisor now."
                        : updated[0].supervisorName() + " now supervises " + member.displayName() + ".");
                refresh();
            }
        });
        Button activation = new Button(member.active() ? "Deactivate account" : "Reactivate account", e -> {
            if (errors.attempt(() -> {
                if (member.active()) {
                    staff.deactivate(member.id(), version[0]);
                } else {
                    staff.reactivate(member.id(), version[0]);
                }
            })) {
                Notifications.success(member.displayName() + (member.active() ? " can no longer sign in. Their records are kept." : " can sign in again."));
                long stranded = member.active() && member.hasRole(Role.SUPERVISOR) ? staff.activeTraineesOf(member.id()) : 0;
                if (stranded > 0) {
                    // Their trainees' entries would wait for a sign-off nobody can give.
                    Notifications.error(stranded + (stranded == 1 ? " trainee still has " : " trainees still have ")
                            + member.displayName() + " as supervisor. Assign them another supervisor: their practice entries "
                            + "wait for a sign-off, and move to the new supervisor's queue.");
                }
                refresh();
                dialog.close();
            }
        });
        if (member.active()) {
            activation.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        Div resetLink = new Div();
        Button passwordReset = new Button("Create a password reset link", e -> {
            PasswordResetLink[] link = new PasswordResetLink[1];
            if (errors.attempt(() -> link[0] = passwordResets.issueFor(member.id()))) {
                resetLink.removeAll();
                resetLink.add(new OneTimeLinkPanel("Password reset link for " + link[0].email(), link[0].email(),
                        link[0].url(), link[0].expiresAt(), link[0].mailed()));
            }
        });
        passwordReset.setEnabled(member.active());

        Span email = new Span(member.email());
        dialog.add(email, new H3("Roles"), roles, saveRoles, new H3("Supervisor"),
                new Paragraph("Only trainees have a supervisor, who reviews and signs off their practice hours."),
                supervisor, saveSupervisor, new H3("Account"),
                new Paragraph("Forgotten passwords: a reset link lets " + member.displayName()
                        + " choose a new password. It works once, for 24 hours, and replaces any earlier link."),
                passwordReset, resetLink, activation);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }

    private static CheckboxGroup<Role> roleChoice() {
        CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
        roles.setItems(ASSIGNABLE);
        roles.setItemLabelGenerator(Role::label);
        // Not setRequiredIndicatorVisible: it puts aria-required on a role="group", which assistive technology
        // does not support (axe: aria-allowed-attr). The helper text says it instead.
        roles.setHelperText("Choose at least one");
        return roles;
    }

    private ComboBox<StaffMember> supervisorChoice() {
        ComboBox<StaffMember> supervisor = new ComboBox<>("Supervisor");
        supervisor.setItems(staff.supervisors());
        supervisor.setItemLabelGenerator(StaffMember::displayName);
        supervisor.setClearButtonVisible(true);
        supervisor.setHelperText("Optional; trainees only");
        return supervisor;
    }
}
