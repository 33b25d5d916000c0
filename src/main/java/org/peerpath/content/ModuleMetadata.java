package org.peerpath.content;

import java.util.List;

/** The parts of a module definition stored as JSON beside the columns of {@code content_module_version}. */
record ModuleMetadata(List<String> objectives, List<Integer> competencies, List<String> prerequisites, QuizSettings quiz,
                      List<String> lessonIds) {
}
