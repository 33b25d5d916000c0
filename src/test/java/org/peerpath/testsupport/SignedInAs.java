package org.peerpath.testsupport;

import org.peerpath.identity.Role;
import org.springframework.security.test.context.support.WithSecurityContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Runs the test signed in as a new person with these roles, in a new organization of their own. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@WithSecurityContext(factory = SignedInAsFactory.class)
public @interface SignedInAs {

    Role[] value();
}
