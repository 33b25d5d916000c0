package org.peerpath.certification;

/** The dashboard's filters; null means "any". */
public record DashboardFilter(String search, CertificationStatus status, Long supervisorId, Integer expiringWithinDays) {

    public static final DashboardFilter NONE = new DashboardFilter(null, null, null, null);
}
