package org.peerpath.identity;

import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * What a request of an ended session gets. Vaadin's client talks to the server in background requests, which
 * would not follow a redirect to the sign-in page; they get Vaadin's own "session expired" answer instead, on
 * which the client reloads the page and so lands on the sign-in page.
 */
final class SessionEndedResponse implements SessionInformationExpiredStrategy {

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
        HttpServletRequest request = event.getRequest();
        HttpServletResponse response = event.getResponse();
        if (request.getParameter("v-r") != null) {
            response.setContentType("application/json; charset=UTF-8");
            response.getOutputStream().write(VaadinService.createSessionExpiredJSON(false).getBytes(StandardCharsets.UTF_8));
        } else {
            response.sendRedirect(request.getContextPath() + "/login");
        }
    }
}
