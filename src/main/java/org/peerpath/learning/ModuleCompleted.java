package org.peerpath.learning;

/** Published in the completing transaction when a trainee completes a module (lessons read and quiz passed). */
public record ModuleCompleted(long traineeId, String moduleId, int moduleVersion) {
}
