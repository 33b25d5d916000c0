/**
 * Demo mode: a ready-made organization with one account per role, so a new user can try every part
 * of Peerpath. On by default with the embedded database, off against an external one unless enabled.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package org.peerpath.demo;
