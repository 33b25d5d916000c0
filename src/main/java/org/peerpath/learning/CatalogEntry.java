package org.peerpath.learning;

import org.peerpath.content.Domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A module in the trainee's catalog, in the version they work in (or would start). */
public record CatalogEntry(String moduleId, int version, String title, String summary, BigDecimal contactHours,
                           Map<Domain, BigDecimal> domainHours, List<String> prerequisiteTitles, int lessonsRead,
                           int lessonCount, Progress.Status status) {
}
