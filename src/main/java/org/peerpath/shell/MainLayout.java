package org.peerpath.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.peerpath.identity.CurrentUser;
import org.peerpath.identity.PeerpathUser;
import org.peerpath.identity.Role;
import org.peerpath.notification.NotificationService;

import java.util.stream.Collectors;

/**
 * Wraps every view that does not opt out with {@code autoLayout = false}. The navigation lists only the
 * views the caller may open: {@link MenuConfiguration} applies the same access rules as navigation.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();
    private final NotificationService notifications;
    private final Span unread = new Span();

    MainLayout(AuthenticationContext authenticationContext, CurrentUser currentUser, NotificationService notifications) {
        this.notifications = notifications;
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        viewTitle.addClassName("view-title");
        addToNavbar(true, toggle, viewTitle);

        Span brand = new Span("Peerpath");
        brand.addClassName("brand");
        Div header = new Div(brand);
        header.addClassName("drawer-header");

        SideNav nav = new SideNav();
        nav.setLabel("Main");
        nav.getElement().setAttribute("aria-label", "Main navigation");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            if (entry.path().equals("notifications")) {
                unread.addClassName("badge");
                item.setSuffixComponent(unread);
            }
            nav.addItem(item);
        }

        addToDrawer(header, new Scroller(nav), accountMenu(authenticationContext, currentUser.require()));
    }

    private static Div accountMenu(AuthenticationContext authenticationContext, PeerpathUser user) {
        Span name = new Span(user.displayName());
        name.addClassName("account-name");
        Span roles = new Span(user.roles().stream().map(Role::label).sorted().collect(Collectors.joining(", ")));
        roles.addClassName("account-roles");
        Anchor password = new Anchor("account/password", "Change password");
        Button signOut = new Button("Sign out", new Icon(VaadinIcon.SIGN_OUT), e -> authenticationContext.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div box = new Div(name, roles, password, signOut);
        box.addClassName("account");
        return box;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // Page titles read "Staff | Peerpath" for the browser tab; the header needs only the first part.
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse("Peerpath").replace(" | Peerpath", ""));
        long count = notifications.unreadCount();
        unread.setText(count == 0 ? "" : Long.toString(count));
        unread.setVisible(count > 0);
        unread.getElement().setAttribute("aria-label", count + " unread");
    }
}
