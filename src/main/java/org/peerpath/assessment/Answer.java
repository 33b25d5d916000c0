package org.peerpath.assessment;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a trainee answered to one question. Never contains anything from the answer key. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Answer.Choice.class, name = "choice"),
        @JsonSubTypes.Type(value = Answer.MultipleResponse.class, name = "multiple"),
        @JsonSubTypes.Type(value = Answer.TrueFalse.class, name = "trueFalse"),
        @JsonSubTypes.Type(value = Answer.Classification.class, name = "classification"),
        @JsonSubTypes.Type(value = Answer.Ordering.class, name = "ordering"),
        @JsonSubTypes.Type(value = Answer.Written.class, name = "written")})
public sealed interface Answer {

    /** SINGLE_CHOICE and SCENARIO. */
    record Choice(String optionId) implements Answer {
    }

    record MultipleResponse(Set<String> optionIds) implements Answer {
        public MultipleResponse {
            optionIds = Set.copyOf(optionIds);
        }
    }

    record TrueFalse(boolean value) implements Answer {
    }

    /** Item id → the category id the trainee put it in. */
    record Classification(Map<String, String> placements) implements Answer {
        public Classification {
            placements = Map.copyOf(placements);
        }
    }

    /** Item ids in the order the trainee put them. */
    record Ordering(List<String> itemIds) implements Answer {
        public Ordering {
            itemIds = List.copyOf(itemIds);
        }
    }

    record Written(String text) implements Answer {
    }
}
