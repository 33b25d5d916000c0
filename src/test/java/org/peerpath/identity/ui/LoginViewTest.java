package org.peerpath.identity.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;
import org.peerpath.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void signInFormPostsToSpringSecurity_andHidesDemoAccountsOutsideDemoMode() {
        // Tests run on an external (test) database, where demo mode is off by default.
        navigate(LoginView.class);

        LoginForm form = $(LoginForm.class).single();
        assertThat(form.getAction()).isEqualTo("login");
        assertThat($(H2.class).withText("Demo accounts").exists()).isFalse();
    }
}
