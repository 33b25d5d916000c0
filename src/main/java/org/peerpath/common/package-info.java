/**
 * The little that every feature shares: the clock, domain exceptions, and a few UI building blocks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Common", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.peerpath.common;
