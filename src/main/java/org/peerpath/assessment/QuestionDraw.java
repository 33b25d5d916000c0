package org.peerpath.assessment;

import org.peerpath.content.QuestionDefinition;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Which questions an attempt asks. Each attempt draws anew: first one question for every tag the module wants
 * covered (so every topic is tested), then at random from the rest, in random order.
 */
public final class QuestionDraw {

    private QuestionDraw() {
    }

    public static List<QuestionDefinition> draw(List<QuestionDefinition> bank, int count, List<String> coverTags,
                                                RandomGenerator random) {
        int wanted = Math.min(count, bank.size());
        Set<QuestionDefinition> chosen = new LinkedHashSet<>();
        for (String tag : coverTags) {
            if (chosen.size() == wanted) {
                break;
            }
            List<QuestionDefinition> tagged = bank.stream()
                    .filter(q -> q.tags().contains(tag) && !chosen.contains(q)).toList();
            boolean alreadyCovered = chosen.stream().anyMatch(q -> q.tags().contains(tag));
            if (!alreadyCovered && !tagged.isEmpty()) {
                chosen.add(tagged.get(random.nextInt(tagged.size())));
            }
        }
        List<QuestionDefinition> rest = new ArrayList<>(bank.stream().filter(q -> !chosen.contains(q)).toList());
        while (chosen.size() < wanted) {
            chosen.add(rest.remove(random.nextInt(rest.size())));
        }
        List<QuestionDefinition> drawn = new ArrayList<>(chosen);
        java.util.Collections.shuffle(drawn, random);
        return drawn;
    }
}
