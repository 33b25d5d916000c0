package org.peerpath.certification;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Public verification by code: anyone may check a certificate, without an account. Unknown codes reveal nothing,
 * a renewed certificate says so without giving away its successor's code, and look-ups are limited per client
 * address here, in the service, so that no page or future caller can skip the limit. Public by design, so it has
 * no method-security rule.
 */
@Service
@Transactional(readOnly = true)
public class CertificateVerification {

    /** How far a chain of renewals is followed; far beyond any real chain (one renewal every two years). */
    private static final int MAX_RENEWALS_FOLLOWED = 100;

    private final CertificateRepository certificates;
    private final VerificationLimit limit;
    private final Clock clock;

    CertificateVerification(CertificateRepository certificates, VerificationLimit limit, Clock clock) {
        this.certificates = certificates;
        this.limit = limit;
        this.clock = clock;
    }

    /** Refused: too many look-ups from one address in the last minute. */
    public static class TooManyChecks extends RuntimeException {
        TooManyChecks() {
            super("Too many checks from your network in the last minute. Please wait a minute and try again.");
        }
    }

    /**
     * @param clientAddress the caller's address, for the limit (null when unknown: such callers share one allowance)
     * @throws TooManyChecks when the address has used up its look-ups for the minute
     */
    public Optional<Verification> verify(String typedCode, String clientAddress) {
        if (!limit.tryAcquire(clientAddress)) {
            throw new TooManyChecks();
        }
        Optional<String> code = VerificationCodes.normalize(typedCode);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        return certificates.findByCode(code.get()).map(c -> {
            CertificateView v = c.toView();
            Verification.Successor successor = newestSuccessor(c).map(n -> new Verification.Successor(n.getExpiresOn(), state(n.toView(), today)))
                    .orElse(null);
            Verification.State state = v.revoked() ? Verification.State.REVOKED
                    : successor != null ? Verification.State.RENEWED : state(v, today);
            return new Verification(v.holderName(), v.programTitle(), v.issuer(), v.issuedOn(), v.expiresOn(), state, v.revokedAt(),
                    state == Verification.State.RENEWED ? successor : null);
        });
    }

    private static Verification.State state(CertificateView v, LocalDate today) {
        return v.revoked() ? Verification.State.REVOKED
                : today.isBefore(v.expiresOn()) ? Verification.State.VALID : Verification.State.EXPIRED;
    }

    /** The end of the renewal chain after {@code certificate}, if it was renewed. */
    private Optional<Certificate> newestSuccessor(Certificate certificate) {
        Optional<Certificate> newest = Optional.empty();
        Certificate at = certificate;
        for (int i = 0; i < MAX_RENEWALS_FOLLOWED; i++) {
            Optional<Certificate> next = certificates.findByPreviousCertificateId(at.getId());
            if (next.isEmpty()) {
                break;
            }
            newest = next;
            at = next.get();
        }
        return newest;
    }
}
