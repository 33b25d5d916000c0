package org.peerpath.identity.ui;

import com.vaadin.flow.component.html.Div;
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

    public LoginView(AuthenticationContext authenticationContext, List<SignInHints> hints, LockoutPolicy lockout) {
        this.authenticationContext = authenticationContext;
        this.lockedMessage = lockedMessage(lockout.lockDuration());
        addClassName("login-page");

        H1 brand = new H1("Peerpath");
        brand.addClassName("login-brand");
        Paragraph tagline = new Paragraph("Training and certification for peer recovery coaches");
        tagline.addClassName("login-tagline");

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(WRONG_CREDENTIALS));

        Div card = new Div(brand, tagline, form);
        card.addClassName("login-card");
        add(card);

        List<SignInHints.Hint> accounts = hints.stream().flatMap(h -> h.hints().stream()).toList();
        if (!accounts.isEmpty()) {
            add(demoAccounts(accounts));
        }
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
