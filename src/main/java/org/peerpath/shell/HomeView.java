package org.peerpath.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.peerpath.identity.CurrentUser;
import org.peerpath.identity.Role;

import java.util.Map;
import java.util.Set;

/**
 * {@code /} sends each person to their role's home. Someone holding several roles lands on the home of the
 * most administrative one and reaches the others through the navigation.
 */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    /** In order of precedence. */
    static final Map<Role, String> HOMES = new java.util.LinkedHashMap<>(Map.of());

    static {
        HOMES.put(Role.PLATFORM_ADMIN, "admin");
        HOMES.put(Role.ORG_ADMIN, "org/staff");
        HOMES.put(Role.SUPERVISOR, "review");
        HOMES.put(Role.TRAINEE, "courses");
    }

    private final CurrentUser currentUser;

    HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    static String homeOf(Set<Role> roles) {
        return HOMES.entrySet().stream()
                .filter(e -> roles.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse("account/password");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(homeOf(currentUser.require().roles()));
    }
}
