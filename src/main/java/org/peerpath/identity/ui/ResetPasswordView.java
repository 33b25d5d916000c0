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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.peerpath.common.NotFoundException;
import org.peerpath.common.ValidationException;
import org.peerpath.common.ui.FormErrors;
import org.peerpath.identity.PasswordResetService;

import java.util.Map;

/** Where someone with a reset link chooses a new password. The token in the link is their only credential. */
@Route(value = "reset-password/:token", autoLayout = false)
@PageTitle("Choose a new password | Peerpath")
@AnonymousAllowed
public class ResetPasswordView extends Main implements BeforeEnterObserver {

    private final PasswordResetService resets;
    private final Div card = new Div();

    ResetPasswordView(PasswordResetService resets) {
        this.resets = resets;
        addClassName("login-page");
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        card.removeAll();
        card.add(new H1("Choose a new password"));
        try {
            showForm(token, resets.open(token));
        } catch (NotFoundException e) {
            card.add(new Paragraph(e.getMessage()), new Anchor("login", "Go to sign-in"));
        }
    }

    private void showForm(String token, String email) {
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
                card.removeAll();
                card.add(new H1("Password changed"),
                        new Paragraph("Sign in with " + email + " and your new password."),
                        new Anchor("login", "Sign in"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(password, repeat, save);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        card.add(form);
    }
}
