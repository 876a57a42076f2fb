package dev.readiness.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.catalog.CheckCatalog;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.junit.jupiter.api.DisplayNameGenerator;

/**
 * Names a {@link ReadinessCheck} method {@code <id>: <title>} (for example {@code hsts.present: HSTS header
 * present}) and every other test as JUnit's standard generator does. Both method-name variants are overridden:
 * JUnit 5.10 and 5.11 call the two-argument one, later versions the three-argument one.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public class CheckDisplayNames extends DisplayNameGenerator.Standard {

  @Override
  public String generateDisplayNameForMethod(List<Class<?>> enclosingInstanceTypes, Class<?> testClass,
      Method testMethod) {
    return checkName(testMethod)
        .orElseGet(() -> super.generateDisplayNameForMethod(enclosingInstanceTypes, testClass, testMethod));
  }

  @Override
  @SuppressWarnings("deprecation")
  public String generateDisplayNameForMethod(Class<?> testClass, Method testMethod) {
    return checkName(testMethod).orElseGet(() -> super.generateDisplayNameForMethod(testClass, testMethod));
  }

  private static Optional<String> checkName(Method testMethod) {
    ReadinessCheck check = testMethod.getAnnotation(ReadinessCheck.class);
    if (check == null) {
      return Optional.empty();
    }
    return Optional.of(CheckCatalog.find(check.value()).map(c -> c.id() + ": " + c.title()).orElse(check.value()));
  }
}
