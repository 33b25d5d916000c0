package org.peerpath.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.peerpath.common.NotFoundException;
import org.peerpath.common.ValidationException;
import org.peerpath.common.ui.FormErrors;
import org.peerpath.identity.InvitationDetails;
import org.peerpath.identity.InvitationService;
import org.peerpath.identity.Role;

import java.util.Map;
import java.util.stream.Collectors;

/** Where an invited person chooses their password. The token in the link is their only credential. */
@Route(value = "invitation/:token", autoLayout = false)
@PageTitle("Join Peerpath")
@AnonymousAllowed
public class AcceptInvitationView extends Main implements BeforeEnterObserver {

    private final InvitationService invitations;
    private final Div card = new Div();

    AcceptInvitationView(InvitationService invitations) {
        this.invitations = invitations;
        addClassName("login-page");
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        card.removeAll();
        card.add(new H1("Join Peerpath"));
        try {
            InvitationDetails details = invitations.open(token);
            showForm(token, details);
        } catch (NotFoundException e) {
            card.add(new Paragraph(e.getMessage()), new Anchor("login", "Go to sign-in"));
        }
    }

    private void showForm(String token, InvitationDetails details) {
        card.add(new Paragraph(details.organizationName() + " invited " + details.email() + " to Peerpath as "
                + details.roles().stream().sorted().map(Role::label).collect(Collectors.joining(" and ")).toLowerCase() + "."));
        TextField name = new TextField("Your name");
        name.setValue(details.displayName());
        PasswordField password = new PasswordField("Choose a password");
        password.setHelperText("At least 12 characters. A few unrelated words work well.");
        PasswordField repeat = new PasswordField("Repeat the password");
        FormErrors errors = FormErrors.of(Map.of("displayName", name, "password", password, "repeat", repeat));
        Button accept = new Button("Create my account", e -> {
            boolean created = errors.attempt(() -> {
                if (!password.getValue().equals(repeat.getValue())) {
                    throw ValidationException.forField("repeat", "The two passwords are not the same.");
                }
                invitations.accept(token, name.getValue(), password.getValue());
            });
            if (created) {
                card.removeAll();
                card.add(new H1("Welcome to Peerpath"),
                        new Paragraph("Your account is ready. Sign in with " + details.email() + " and your new password."),
                        new Anchor("login", "Sign in"));
            }
        });
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, password, repeat, accept);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        card.add(form);
    }
}
