package org.keelson.liberty.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * For container tests that run once per database. Put it BEFORE {@code @ExtendWith(ArquillianExtension.class)}:
 * when the run targets PostgreSQL and no PostgreSQL answers, the class is skipped before Arquillian
 * deploys anything (locally), or fails (in CI, where PostgreSQL is part of the set-up).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(DatabaseAvailableCondition.class)
public @interface RequiresConfiguredDatabase {
}
