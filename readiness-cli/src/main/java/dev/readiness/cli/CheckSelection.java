package dev.readiness.cli;

import dev.readiness.catalog.CheckCatalog;
import dev.readiness.junit.ReadinessCheck;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.PostDiscoveryFilter;

/** The checks chosen with {@code --checks}: a discovery filter that keeps only their kit methods. */
final class CheckSelection implements PostDiscoveryFilter {

  private final Set<String> ids;

  private CheckSelection(Set<String> ids) {
    this.ids = ids;
  }

  /**
   * @param commaSeparated ids such as {@code hsts.present,https.redirect}
   * @return the selection
   * @throws IllegalArgumentException naming an unknown id
   */
  static CheckSelection parse(String commaSeparated) {
    Set<String> ids = new LinkedHashSet<>();
    for (String id : Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
      ids.add(CheckCatalog.require(id).id());
    }
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("--checks names no check");
    }
    return new CheckSelection(ids);
  }

  /** @return the selected check ids, in the order given */
  Set<String> ids() {
    return Set.copyOf(ids);
  }

  @Override
  public FilterResult apply(TestDescriptor descriptor) {
    if (descriptor.getSource().filter(MethodSource.class::isInstance).isEmpty()) {
      return FilterResult.included("not a check method");
    }
    ReadinessCheck check = ((MethodSource) descriptor.getSource().get()).getJavaMethod()
        .getAnnotation(ReadinessCheck.class);
    return check != null && ids.contains(check.value())
        ? FilterResult.included("selected with --checks") : FilterResult.excluded("not selected with --checks");
  }
}
