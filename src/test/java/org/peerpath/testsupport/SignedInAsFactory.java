package org.peerpath.testsupport;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

class SignedInAsFactory implements WithSecurityContextFactory<SignedInAs> {

    private final Fixtures fixtures;

    SignedInAsFactory(Fixtures fixtures) {
        this.fixtures = fixtures;
    }

    @Override
    public SecurityContext createSecurityContext(SignedInAs annotation) {
        long organization = fixtures.organization();
        return fixtures.contextFor(fixtures.account(organization, annotation.value()));
    }
}
