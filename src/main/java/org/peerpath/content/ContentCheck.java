package org.peerpath.content;

import java.util.List;

/** The result of checking the content folder: the parsed content when there were no problems, else the problems. */
public record ContentCheck(CourseContent content, List<ContentProblem> problems) {

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** One problem a line, for logs and the command line. */
    public String report() {
        return String.join(System.lineSeparator(), problems.stream().map(ContentProblem::toString).toList());
    }
}
