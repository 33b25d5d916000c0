/**
 * Certification: progress toward a program's requirements, the ethics affirmation, outside training records,
 * certificates with public verification, revocation, renewal and expiry reminders.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Certification")
package org.peerpath.certification;
