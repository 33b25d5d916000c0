package org.peerpath.identity.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.peerpath.identity.Role;
import org.peerpath.testsupport.Fixtures;
import org.peerpath.testsupport.IntegrationTest;
import org.peerpath.testsupport.SignedInAs;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ChangePasswordViewTest extends SpringBrowserlessTest {

    @Test
    @SignedInAs(Role.TRAINEE)
    void mismatchedNewPasswordsAreFlaggedAndKept() {
        navigate(ChangePasswordView.class);
        PasswordField current = $(PasswordField.class).withLabel("Current password").single();
        PasswordField next = $(PasswordField.class).withLabel("New password").single();
        PasswordField repeat = $(PasswordField.class).withLabel("Repeat new password").single();
        test(current).setValue(Fixtures.PASSWORD);
        test(next).setValue("a brand new passphrase");
        test(repeat).setValue("a brand new passfrase");

        test($(Button.class).withText("Change password").single()).click();

        assertThat(repeat.isInvalid()).isTrue();
        assertThat(repeat.getErrorMessage()).contains("not the same");
        assertThat(next.getValue()).isEqualTo("a brand new passphrase");
        assertThat(current.getValue()).isEqualTo(Fixtures.PASSWORD);
    }

    @Test
    @SignedInAs(Role.SUPERVISOR)
    void aWrongCurrentPasswordIsFlaggedOnThatField() {
        navigate(ChangePasswordView.class);
        PasswordField current = $(PasswordField.class).withLabel("Current password").single();
        test(current).setValue("not my password");
        test($(PasswordField.class).withLabel("New password").single()).setValue("a brand new passphrase");
        test($(PasswordField.class).withLabel("Repeat new password").single()).setValue("a brand new passphrase");

        test($(Button.class).withText("Change password").single()).click();

        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).contains("not your current password");
    }
}
