/**
 * Quizzes: how answers are graded, how an attempt is scored and timed. Grading happens only on the server;
 * the attempt flow and its views build on these rules (issue #4).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment")
package org.peerpath.assessment;
