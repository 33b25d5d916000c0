package org.peerpath.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.peerpath.common.ui.FormErrors;
import org.peerpath.common.ui.Notifications;
import org.peerpath.identity.AccountService;

import java.util.Map;

@Route("account/password")
@PageTitle("Change password | Peerpath")
@PermitAll
public class ChangePasswordView extends Main {

    ChangePasswordView(AccountService accounts) {
        addClassName("page");
        PasswordField current = new PasswordField("Current password");
        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        PasswordField next = new PasswordField("New password");
        next.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        next.setHelperText("At least 12 characters. A few unrelated words work well.");
        PasswordField repeat = new PasswordField("Repeat new password");
        repeat.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        FormErrors errors = FormErrors.of(Map.of("currentPassword", current, "newPassword", next, "repeat", repeat));

        Button save = new Button("Change password", e -> {
            boolean changed = errors.attempt(() -> {
                if (!next.getValue().equals(repeat.getValue())) {
                    throw org.peerpath.common.ValidationException.forField("repeat", "The two new passwords are not the same.");
                }
                accounts.changePassword(current.getValue(), next.getValue());
            });
            if (changed) {
                current.clear();
                next.clear();
                repeat.clear();
                Notifications.success("Your password has been changed.");
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(current, next, repeat, save);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28em");
        add(new H2("Change your password"),
                new Paragraph("You stay signed in. Use a password you don't use anywhere else."), form);
    }
}
