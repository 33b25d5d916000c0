package org.peerpath.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True when no external database URL is configured. */
class EmbeddedDatabaseCondition implements Condition {

    static final String URL_PROPERTY = "spring.datasource.url";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !StringUtils.hasText(context.getEnvironment().getProperty(URL_PROPERTY));
    }
}
