package org.peerpath.certification;

/**
 * An organization's certification settings. {@code version} is -1 while the organization still has the defaults.
 *
 * @param supervisorsMayIssue supervisors may issue and renew certificates for their own trainees (revoking stays
 *                            with org admins)
 */
public record CertificationSettings(boolean supervisorsMayIssue, long version) {
}
