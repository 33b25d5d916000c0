package org.peerpath.certification;

import org.peerpath.content.Domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/** Everything a program's requirements are checked against, gathered from the features that own it. */
public record Evidence(Map<Domain, BigDecimal> educationHours, Map<Domain, BigDecimal> practiceHours,
                       BigDecimal supervisionHours, Set<String> completedModules, boolean ethicsAttested) {

    public Evidence {
        educationHours = Map.copyOf(educationHours);
        practiceHours = Map.copyOf(practiceHours);
        completedModules = Set.copyOf(completedModules);
    }
}
