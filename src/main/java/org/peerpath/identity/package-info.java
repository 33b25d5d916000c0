/**
 * Who someone is and what they may do: accounts, roles, sign-in, lockout, invitations, supervisor assignment.
 * Other features ask {@link org.peerpath.identity.CurrentUser} who is calling and use the services here;
 * entities and repositories stay inside.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.peerpath.identity;
