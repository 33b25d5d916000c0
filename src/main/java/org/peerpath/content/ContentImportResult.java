package org.peerpath.content;

import java.util.List;

/** What one import did. REFUSED imports changed nothing but are recorded for platform admins. */
public record ContentImportResult(Outcome outcome, String summary, List<ContentProblem> problems) {

    public enum Outcome {
        IMPORTED, UNCHANGED, REFUSED
    }
}
