package org.peerpath.certification.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.peerpath.identity.Role;
import org.peerpath.testsupport.Fixtures;
import org.peerpath.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The public page, without signing in. (Issuing and revoking are covered by CertificationServiceTest.) */
@IntegrationTest
class VerifyViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;

    @Test
    void aKnownCodeShowsTheCertificate_anUnknownOneRevealsNothing_andRepeatedGuessesAreSlowedDown() {
        long holder = fixtures.idOf(fixtures.account(fixtures.organization(), Role.TRAINEE));
        jdbc.update("insert into certificate (code, trainee_id, organization_id, holder_name, program_id, program_version, "
                + "program_title, issuer_name, issued_on, expires_on, issued_at, issued_by) values (?, ?, 1, 'Riley Moss', "
                + "'icrc-peer-recovery', 1, 'Peer Recovery (IC&RC-aligned)', 'Harbor Light Recovery', current_date, "
                + "date_add(current_date, interval 2 year), now(6), ?)", "ABCD-EFGH-JKLM-NPQR-STUV", holder, holder);

        navigate(VerifyView.class, Map.of("code", "ABCD-EFGH-JKLM-NPQR-STUV"));
        assertThat($(Paragraph.class).withClassName("verify-state").single().getText()).isEqualTo("Valid");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Holder: Riley Moss", "Issued by: Harbor Light Recovery");

        // A renewed certificate's old code tells where the holder stands, without giving away the new code.
        jdbc.update("insert into certificate (code, trainee_id, organization_id, holder_name, program_id, program_version, "
                + "program_title, issuer_name, issued_on, expires_on, issued_at, issued_by, previous_certificate_id) select "
                + "'WXYZ-WXYZ-WXYZ-WXYZ-WXYZ', trainee_id, organization_id, holder_name, program_id, program_version, program_title, "
                + "issuer_name, current_date, '2031-04-30', now(6), issued_by, id from certificate where code = 'ABCD-EFGH-JKLM-NPQR-STUV'");
        navigate(VerifyView.class, Map.of("code", "ABCD-EFGH-JKLM-NPQR-STUV"));
        assertThat($(Paragraph.class).withClassName("verify-state").single().getText())
                .isEqualTo("Renewed: superseded by a newer certificate (valid until 30 April 2031)");
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("WXYZ");

        TextField code = $(TextField.class).withLabel("Verification code").single();
        test(code).setValue("ABCD-EFGH-JKLM-NPQR-STUW");
        test($(Button.class).withText("Check certificate").single()).click();
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("No certificate has this code. Check the code and try again.")
                .doesNotContain("Holder: Riley Moss");

        for (int i = 0; i < 25; i++) {
            test($(Button.class).withText("Check certificate").single()).click();
        }
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text).startsWith("Too many checks from your network"));
    }
}
