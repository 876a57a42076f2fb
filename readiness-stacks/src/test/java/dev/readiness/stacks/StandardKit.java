package dev.readiness.stacks;

import dev.readiness.catalog.CheckCatalog;
import dev.readiness.check.Check;
import java.util.List;
import java.util.Set;

/**
 * The standard kit's check ids, in catalogue order, and the ones that spend login attempts or a limiter's quota:
 * until the request governor paces scans, those end in ERROR on a stack with a login limiter (see docs/stacks.md),
 * so the default build runs the rest and {@link StackLimitsIT} runs all of them.
 */
final class StandardKit {

  /** The checks that spend login attempts or burst a limiter. */
  static final Set<String> LIMIT_SPENDING = Set.of("auth.default-credentials", "ratelimit.api", "ratelimit.signal",
      "ratelimit.login");

  private StandardKit() {}

  /** @return every check id of the catalogue */
  static List<String> all() {
    return CheckCatalog.all().stream().map(Check::id).toList();
  }

  /** @return every check id but {@link #LIMIT_SPENDING} */
  static List<String> sparingLimits() {
    return all().stream().filter(id -> !LIMIT_SPENDING.contains(id)).toList();
  }
}
