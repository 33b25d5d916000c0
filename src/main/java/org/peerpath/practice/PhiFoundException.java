package org.peerpath.practice;

import org.peerpath.common.ValidationException;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The note seems to identify someone the coach served; nothing was saved. */
public class PhiFoundException extends ValidationException {

    private final transient List<PhiDetector.Finding> findings;

    public PhiFoundException(List<PhiDetector.Finding> findings) {
        super(message(findings), Map.of("note", message(findings)));
        this.findings = List.copyOf(findings);
    }

    public List<PhiDetector.Finding> findings() {
        return findings;
    }

    private static String message(List<PhiDetector.Finding> findings) {
        return "Your note seems to contain " + findings.stream().map(f -> f.kind().description()).distinct()
                .collect(Collectors.joining(", ")) + ". Remove anything that could identify the person you served.";
    }
}
