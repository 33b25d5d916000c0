package org.peerpath.content;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What content is live and how imports went, for platform admins. */
public record ContentStatus(List<ModuleVersionRow> modules, List<ProgramVersionRow> programs, List<ImportRow> imports) {

    /** {@code live}: the version new enrolments get. */
    public record ModuleVersionRow(String moduleId, int version, String title, BigDecimal contactHours, int lessons,
                                   String contentHash, Instant loadedAt, boolean live) {
    }

    public record ProgramVersionRow(String programId, int version, String title, LocalDate effectiveDate,
                                    String contentHash, Instant loadedAt, boolean live) {
    }

    public record ImportRow(Instant at, String outcome, String summary, String problems) {
    }
}
