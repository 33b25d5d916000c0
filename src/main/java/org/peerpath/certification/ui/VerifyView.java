package org.peerpath.certification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.peerpath.certification.CertificateDates;
import org.peerpath.certification.CertificateVerification;
import org.peerpath.certification.Verification;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Public: anyone can check a certificate by its code, without an account. */
@Route(value = "verify/:code?", autoLayout = false)
@PageTitle("Verify a certificate | Peerpath")
@AnonymousAllowed
public class VerifyView extends Main implements BeforeEnterObserver {

    private static final DateTimeFormatter DATE = CertificateDates.DAY;

    private final CertificateVerification verification;
    private final TextField code = new TextField("Verification code");
    private final Div result = new Div();

    VerifyView(CertificateVerification verification) {
        this.verification = verification;
        addClassName("verify-page");
        code.setPlaceholder("XXXX-XXXX-XXXX-XXXX-XXXX");
        code.setHelperText("The code is printed on the certificate, under the QR code.");
        code.setWidth("22rem");
        Button check = new Button("Check certificate", e -> check(code.getValue()));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        result.addClassName("verify-result");
        result.getElement().setAttribute("aria-live", "polite");
        add(new H1("Verify a Peerpath certificate"), code, check, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("code").ifPresent(value -> {
            code.setValue(value);
            check(value);
        });
    }

    private void check(String value) {
        result.removeAll();
        VaadinRequest request = VaadinRequest.getCurrent();
        try {
            verification.verify(value, request == null ? null : request.getRemoteAddr()).ifPresentOrElse(this::show,
                    () -> result.add(new Paragraph("No certificate has this code. Check the code and try again.")));
        } catch (CertificateVerification.TooManyChecks e) {
            result.add(new Paragraph(e.getMessage()));
        }
    }

    private void show(Verification v) {
        Paragraph state = new Paragraph(switch (v.state()) {
            case VALID -> "Valid";
            case EXPIRED -> "Expired on " + DATE.format(v.expiresOn());
            case REVOKED -> "Revoked on " + DATE.format(v.revokedAt().atZone(ZoneOffset.UTC));
            case RENEWED -> "Renewed: superseded by a newer certificate" + switch (v.successor().state()) {
                case REVOKED -> ", which has since been revoked";
                case EXPIRED -> ", which expired on " + DATE.format(v.successor().expiresOn());
                default -> " (valid until " + DATE.format(v.successor().expiresOn()) + ")";
            };
        });
        state.addClassName("verify-state");
        state.addClassName("verify-state-" + v.state().name().toLowerCase(Locale.ROOT));
        result.add(state,
                new Paragraph("Holder: " + v.holderName()),
                new Paragraph("Program: " + v.programTitle()),
                new Paragraph("Issued by: " + v.issuer()),
                new Paragraph("Issued: " + DATE.format(v.issuedOn()) + " · Valid until: " + DATE.format(v.expiresOn())));
    }
}
