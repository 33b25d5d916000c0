package org.peerpath.certification;

import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class VerificationCodesTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void codesCarryAtLeast80RandomBits_inGroupsOfFour_andNeedNoEscapingInAUrl() {
        assertThat(VerificationCodes.bits()).isGreaterThanOrEqualTo(80);
        for (int i = 0; i < 1000; i++) {
            String code = VerificationCodes.newCode(random);
            assertThat(code).matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){4}").doesNotContain("0", "1", "O", "I");
            assertThat(URLEncoder.encode(code, StandardCharsets.UTF_8)).isEqualTo(code);
            assertThat(VerificationCodes.normalize(code)).contains(code);
        }
    }

    @Test
    void codesDoNotRepeat_andUseTheWholeAlphabet() {
        Set<String> codes = new HashSet<>();
        Set<Character> characters = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String code = VerificationCodes.newCode(random);
            codes.add(code);
            code.chars().filter(c -> c != '-').forEach(c -> characters.add((char) c));
        }
        assertThat(codes).hasSize(20_000);
        assertThat(characters).hasSize(VerificationCodes.ALPHABET.length());
    }

    @Test
    void typedCodesAreTidied_andAnythingElseIsNoCode() {
        assertThat(VerificationCodes.normalize("  abcd-efgh-jklm-npqr-stuv ")).contains("ABCD-EFGH-JKLM-NPQR-STUV");
        assertThat(VerificationCodes.normalize("ABCDEFGHJKLMNPQRSTUV")).contains("ABCD-EFGH-JKLM-NPQR-STUV");
        assertThat(VerificationCodes.normalize("ABCD EFGH JKLM NPQR STUV")).contains("ABCD-EFGH-JKLM-NPQR-STUV");
        assertThat(VerificationCodes.normalize("ABCD-EFGH-JKLM-NPQR-STU")).isEmpty();
        assertThat(VerificationCodes.normalize("ABCD-EFGH-JKLM-NPQR-STUO")).isEmpty();
        assertThat(VerificationCodes.normalize("' or 1=1 -- xxxxxxxxxxx")).isEmpty();
        assertThat(VerificationCodes.normalize(null)).isEmpty();
    }
}
