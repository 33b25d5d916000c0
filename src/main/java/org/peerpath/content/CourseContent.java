package org.peerpath.content;

import java.util.List;
import java.util.Optional;

/** Everything in the content folder, parsed. Only ever handed out when it passed validation. */
public record CourseContent(List<ModuleDefinition> modules, List<ProgramDefinition> programs) {

    public Optional<ModuleDefinition> module(String id) {
        return modules.stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
