package dev.readiness.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import org.apiguardian.api.API;

/**
 * Accepts one failing check of this test class until a date. While it holds, a FAIL of that check aborts the test
 * as {@code <id> WAIVED until <date> (<reason>): <failure>} instead of failing it, and the report shows it as
 * WAIVED with its reason and expiry. From the day after {@link #until()} the check fails again, saying the waiver
 * expired. A waiver never hides an ERROR: a check that could not decide still fails.
 *
 * <pre>{@code
 * @ReadinessTest
 * @Waiver(check = "hsts.max-age", reason = "CDN migration, OPS-123", until = "2027-03-01")
 * class ApiReadinessTest implements ProductionReadinessKit {}
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@java.lang.annotation.Target(ElementType.TYPE)
@Repeatable(Waivers.class)
public @interface Waiver {

  /** @return the catalogue id of the waived check, for example {@code hsts.max-age} */
  String check();

  /** @return why the failure is accepted (a ticket, an owner); shown in the test result and the report */
  String reason();

  /** @return the last day the waiver holds, ISO-8601 such as {@code 2027-03-01} (inclusive, UTC) */
  String until();
}
