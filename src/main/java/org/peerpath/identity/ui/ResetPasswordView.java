package org.peerpath.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.peerpath.common.ValidationException;
import org.peerpath.common.ui.FormErrors;
import org.peerpath.identity.PasswordResetService;

import java.util.Map;

/** Where someone with a reset link chooses a new password. The token in the link is their only credential. */
@Route(value = "reset-password/:token", autoLayout = false)
@PageTitle("Choose a new password | Peerpath")
@AnonymousAllowed
public class ResetPasswordView extends SingleUseLinkPage {

    private final PasswordResetService resets;

    ResetPasswordView(PasswordResetService resets) {
        super("Choose a new password");
        this.resets = resets;
    }

    @Override
    void show(String token) {
        String email = resets.open(token);
        card.add(new Paragraph("For " + email + ". Everywhere you are still signed in, you will be signed out."));
        PasswordField password = new PasswordField("New password");
        password.setHelperText("At least 12 characters. A few unrelated words work well.");
        PasswordField repeat = new PasswordField("Repeat the new password");
        FormErrors errors = FormErrors.of(Map.of("password", password, "repeat", repeat));
        Button save = new Button("Save my new password", e -> {
            boolean saved = errors.attempt(() -> {
                if (!password.getValue().equals(repeat.getValue())) {
                    throw ValidationException.forField("repeat", "The two passwords are not the same.");
                }
                resets.reset(token, password.getValue());
            });
            if (saved) {
                done("Password changed", "Sign in with " + email + " and your new password.");
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(password, repeat, save);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        card.add(form);
    }
}
