package dev.readiness.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * Marks a test method as one catalogue check; its display name becomes {@code <id>: <title>}, and an injected
 * {@link CheckRun} runs exactly that check.
 *
 * <pre>{@code
 * @ReadinessCheck("hsts.present")
 * default void hstsPresent(CheckRun run) { run.verify(); }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Documented
@Retention(RetentionPolicy.RUNTIME)
@java.lang.annotation.Target(ElementType.METHOD)
@Test
public @interface ReadinessCheck {

  /** @return the catalogue id, for example {@code hsts.present} */
  String value();
}
