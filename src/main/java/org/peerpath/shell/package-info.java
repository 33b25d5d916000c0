/**
 * The frame around every signed-in page: navigation built from the views' {@code @Menu} entries
 * (filtered by the caller's roles), the account menu, each role's home, and the error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shell")
package org.peerpath.shell;
