package org.peerpath.organization;

import org.peerpath.identity.InvitationLink;

/** The created organization and the invitation link for its first administrator. */
public record NewOrganization(OrganizationSummary organization, InvitationLink adminInvitation) {
}
