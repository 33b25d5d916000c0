/**
 * Organizations that train coaches, created by platform admins; and the staff administration that
 * their org admins do (through identity's services).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization")
package org.peerpath.organization;
