package org.peerpath.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import org.peerpath.common.NotFoundException;

/**
 * A page opened from a single-use link (an invitation, a password reset): the token in the address is the
 * visitor's only credential. A link that is not valid any more says why and points to the sign-in page.
 */
abstract class SingleUseLinkPage extends Main implements BeforeEnterObserver {

    final Div card = new Div();
    private final String heading;

    SingleUseLinkPage(String heading) {
        this.heading = heading;
        addClassName("login-page");
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        card.removeAll();
        card.add(new H1(heading));
        try {
            show(token);
        } catch (NotFoundException e) {
            card.add(new Paragraph(e.getMessage()), new Anchor("login", "Go to sign-in"));
        }
    }

    /** Adds the form for a usable link to {@link #card}; throws {@link NotFoundException} for one that is not. */
    abstract void show(String token);

    /** Replaces the form with the outcome and the way to sign in. */
    void done(String outcomeHeading, String message) {
        card.removeAll();
        card.add(new H1(outcomeHeading), new Paragraph(message), new Anchor("login", "Sign in"));
    }
}
