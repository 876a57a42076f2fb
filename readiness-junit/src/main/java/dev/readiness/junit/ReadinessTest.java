package dev.readiness.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import org.apiguardian.api.API;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class as a readiness test against one running stack. Implement kit interfaces (for example
 * {@link dev.readiness.junit.kit.ProductionReadinessKit}) to get one test per catalogue check.
 *
 * <p>The stack is found in this order: {@link #profile()} (a {@code readiness.yaml}), else the configuration
 * parameter or system property {@value ReadinessExtension#PROFILE_PROPERTY_NAME}, else the environment variable
 * {@value ReadinessExtension#PROFILE_ENVIRONMENT_VARIABLE}, else {@code readiness.yaml} in the working directory;
 * {@link #url()}, or the parameter {@value ReadinessExtension#URL_PROPERTY_NAME}, then overrides the target URL
 * (or is the whole target when there is no profile). {@link ReadinessSetting} and {@link JwtPolicy} on the class set
 * profile values over the file; {@link Waiver} accepts a failing check until a date. At the end of the run the
 * readiness report is written to {@code target/readiness/} (see
 * {@link dev.readiness.junit.report.ReadinessReportListener}).
 *
 * <pre>{@code
 * @ReadinessTest(url = "https://localhost:8443")
 * class ApiReadinessTest implements ProductionReadinessKit {}
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@java.lang.annotation.Target(ElementType.TYPE)
@ExtendWith(ReadinessExtension.class)
@DisplayNameGeneration(CheckDisplayNames.class)
public @interface ReadinessTest {

  /** @return the target's base URL, or empty to take it from the profile */
  String url() default "";

  /** @return the path of the stack profile ({@code readiness.yaml}), or empty to look it up */
  String profile() default "";
}
