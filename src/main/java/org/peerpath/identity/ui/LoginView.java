package org.peerpath.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.peerpath.identity.LockoutPolicy;
import org.peerpath.identity.PasswordResetService;
import org.peerpath.identity.SignInHints;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

import java.time.Duration;
import java.util.List;

/**
 * Sign-in with e-mail and password. Errors never say whether an address has an account;
 * the lockout message applies to any address after repeated failures.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Peerpath")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    static final String WRONG_CREDENTIALS =
            "The e-mail address or password is not right. Check both and try again.";
    private final String lockedMessage;

    private final LoginForm form = new LoginForm();
    private final AuthenticationContext authenticationContext;

    private final PasswordResetService passwordResets;

    public LoginView(AuthenticationContext authenticationContext, List<SignInHints> hints, LockoutPolicy lockout,
                     PasswordResetService passwordResets) {
        this.authenticationContext = authenticationContext;
        this.passwordResets = passwordResets;
        this.lockedMessage = lockedMessage(lockout.lockDuration());
        addClassName("login-page");

        H1 brand = new H1("Peerpath");
        brand.addClassName("login-brand");
        Paragraph tagline = new Paragraph("Training and certification for peer recovery coaches");
        tagline.addClassName("login-tagline");

        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> openForgotPassword());
        form.setI18n(i18n(WRONG_CREDENTIALS));

        Div card = new Div(brand, tagline, form);
        card.addClassName("login-card");
        add(card);

        List<SignInHints.Hint> accounts = hints.stream().flatMap(h -> h.hints().stream()).toList();
        if (!accounts.isEmpty()) {
            add(demoAccounts(accounts));
        }
    }

    /** The same answer whether or not the address has an account. */
    static final String RESET_REQUESTED = "If this address belongs to a Peerpath account, we have sent it a link to "
            + "choose a new password. The link works for one hour. Check your spam folder if nothing arrives.";

    private void openForgotPassword() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Forgot your password?");
        dialog.setMaxWidth("32rem");
        if (!passwordResets.selfServiceAvailable()) {
            dialog.add(new Paragraph("Ask your organization's Peerpath administrator for a password reset link. "
                    + "They can create one for you on the staff administration page."));
            dialog.getFooter().add(new Button("Close", e -> dialog.close()));
            dialog.open();
            return;
        }
        EmailField email = new EmailField("E-mail address");
        email.setWidthFull();
        Paragraph answer = new Paragraph();
        answer.getElement().setAttribute("role", "status");
        Button send = new Button("Send me a link");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            if (email.isEmpty() || email.isInvalid()) {
                email.setInvalid(true);
                email.setErrorMessage("Enter the e-mail address you sign in with.");
                return;
            }
            passwordResets.requestByEmail(email.getValue());
            answer.setText(RESET_REQUESTED);
            send.setEnabled(false);
        });
        dialog.add(new Paragraph("We will e-mail you a link to choose a new password."), email, answer);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()), send);
        dialog.open();
        email.focus();
    }

    private static Div demoAccounts(List<SignInHints.Hint> accounts) {
        Div box = new Div();
        box.addClassName("demo-accounts");
        H2 heading = new H2("Demo accounts");
        box.add(heading, new Paragraph("This instance runs in demo mode. Every demo account uses the password "
                + accounts.getFirst().password() + "."));
        var list = new com.vaadin.flow.component.html.UnorderedList();
        for (SignInHints.Hint hint : accounts) {
            Span email = new Span(hint.email());
            email.addClassName("demo-email");
            list.add(new com.vaadin.flow.component.html.ListItem(email, new Span(" — " + hint.description())));
        }
        box.add(list);
        return box;
    }

    static String lockedMessage(Duration lockDuration) {
        long minutes = Math.max(1, lockDuration.toMinutes());
        return "Too many failed attempts. Sign-in for this address is paused for " + minutes
                + (minutes == 1 ? " minute" : " minutes") + "; try again later.";
    }

    private static LoginI18n i18n(String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("E-mail address");
        i18n.getForm().setSubmit("Sign in");
        i18n.getForm().setForgotPassword("Forgot your password?");
        i18n.getErrorMessage().setTitle("Sign-in failed");
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            boolean locked = lastFailure() instanceof LockedException;
            form.setI18n(i18n(locked ? lockedMessage : WRONG_CREDENTIALS));
            form.setError(true);
        }
    }

    /** Spring Security keeps the last sign-in failure in the HTTP session when it redirects to {@code ?error}. */
    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }
}
