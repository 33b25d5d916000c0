package org.peerpath.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
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
public class AcceptInvitationView extends SingleUseLinkPage {

    private final InvitationService invitations;

    AcceptInvitationView(InvitationService invitations) {
        super("Join Peerpath");
        this.invitations = invitations;
    }

    @Override
    void show(String token) {
        InvitationDetails details = invitations.open(token);
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
                done("Welcome to Peerpath", "Your account is ready. Sign in with " + details.email() + " and your new password.");
            }
        });
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, password, repeat, accept);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        card.add(form);
    }
}
