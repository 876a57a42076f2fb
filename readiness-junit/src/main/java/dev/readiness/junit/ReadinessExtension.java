package dev.readiness.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.auth.AuthenticatedProbe;
import dev.readiness.catalog.CheckCatalog;
import dev.readiness.check.Check;
import dev.readiness.check.TargetSession;
import dev.readiness.http.HttpProbe;
import dev.readiness.http.ProbeException;
import dev.readiness.http.ProbeLimits;
import dev.readiness.profile.StackProfile;
import dev.readiness.target.Target;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The Jupiter extension behind {@link ReadinessTest}: it finds the stack, opens one {@link TargetSession} per test
 * class (kept in the class's store under this extension's namespace and closed with it), and injects
 * {@link CheckRun}, {@link Target}, {@link StackProfile}, {@link TargetSession}, {@link HttpProbe} and
 * {@link AuthenticatedProbe} parameters (a fresh probe per parameter, with {@link ProbeLimits#DEFAULT}: 20 requests
 * within 30 s, target hosts only; the authenticated one presents the class's shared login, which fails the test
 * with the login's exchange when it cannot be had). The
 * class's {@link ReadinessSetting}s and {@link JwtPolicy} are applied to the profile, its {@link Waiver}s to the
 * results. A {@link CheckRun}
 * opens the session when it runs, so a missing target or an invalid profile fails the check itself with a clear
 * {@link ReadinessConfigurationException}. Safe under parallel execution: the store computes a class's session once.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ReadinessExtension implements ParameterResolver {

  /**
   * Configuration parameter (or system property) naming the stack profile file: {@value}. The value {@code none}
   * means no profile file at all (not even {@code readiness.yaml} in the working directory): the URL alone.
   */
  public static final String PROFILE_PROPERTY_NAME = "readiness.profile";

  /** Configuration parameter (or system property) overriding the target URL: {@value}. */
  public static final String URL_PROPERTY_NAME = "readiness.url";

  /**
   * Configuration parameter (or system property) naming the running containers of the stack, comma-separated names
   * or ids, in place of the profile's {@code containers} (the first is the application): {@value}. A
   * {@link ReadinessTarget} field still takes its place. The command line sets it for {@code scan --compose}.
   */
  public static final String CONTAINERS_PROPERTY_NAME = "readiness.containers";

  /**
   * Configuration parameter (or system property) setting profile values over the file, one {@code key=value} a
   * line, validated like {@link ReadinessSetting}s and applied after them: {@value}. The command line sets it for
   * {@code scan --compose} (the container of a compose service the profile names).
   */
  public static final String SETTINGS_PROPERTY_NAME = "readiness.settings";

  /** Environment variable naming the stack profile file: {@value}. */
  public static final String PROFILE_ENVIRONMENT_VARIABLE = "READINESS_PROFILE";

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ReadinessExtension.class);
  private static final Set<Class<?>> INJECTED = Set.of(CheckRun.class, Target.class, StackProfile.class,
      TargetSession.class, HttpProbe.class, AuthenticatedProbe.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return INJECTED.contains(parameter.getParameter().getType());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (type == CheckRun.class) {
      Class<?> testClass = classContext(context).getRequiredTestClass();
      return new CheckRun(check(context), () -> session(context), () -> ClassSettings.of(testClass).waivers(),
          context::publishReportEntry);
    }
    TargetSession session = session(context);
    if (type == Target.class) {
      return session.target();
    }
    if (type == StackProfile.class) {
      return session.profile();
    }
    if (type == HttpProbe.class) {
      return session.http().probe(ProbeLimits.DEFAULT, session.redactor());
    }
    if (type == AuthenticatedProbe.class) {
      try {
        return AuthenticatedProbe.login(session, session.http().probe(ProbeLimits.DEFAULT, session.redactor()));
      } catch (ProbeException e) {
        throw new ParameterResolutionException("cannot log in for the AuthenticatedProbe parameter of "
            + parameter.getDeclaringExecutable().getName() + ": " + e.getMessage(), e);
      }
    }
    return session;
  }

  private static Check check(ExtensionContext context) {
    ReadinessCheck annotation = context.getTestMethod()
        .flatMap(m -> AnnotationSupport.findAnnotation(m, ReadinessCheck.class))
        .orElseThrow(() -> new ParameterResolutionException(
            "a CheckRun can only be injected into a method annotated with @ReadinessCheck"));
    try {
      return CheckCatalog.require(annotation.value());
    } catch (IllegalArgumentException e) {
      throw new ParameterResolutionException("@ReadinessCheck on " + context.getRequiredTestMethod() + ": "
          + e.getMessage(), e);
    }
  }

  private static TargetSession session(ExtensionContext context) {
    ExtensionContext classContext = classContext(context);
    Class<?> testClass = classContext.getRequiredTestClass();
    ProfileLocator locator = new ProfileLocator(classContext::getConfigurationParameter, System.getenv(),
        Path.of("").toAbsolutePath());
    Optional<ReadinessTest> annotation = AnnotationSupport.findAnnotation(testClass, ReadinessTest.class);
    return StoredSession.in(classContext.getStore(NAMESPACE), testClass,
        () -> ContainerTargetField.locate(testClass, locator, annotation, ClassSettings.of(testClass).overrides()))
        .session();
  }

  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext current = context;
    while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
      current = current.getParent().get();
    }
    return current;
  }
}
