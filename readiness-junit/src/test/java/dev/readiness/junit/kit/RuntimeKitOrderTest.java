package dev.readiness.junit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.junit.CheckRun;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The container-driving runtime checks run after every other ordered check of ProductionReadinessKit (the load, the
 * rate-limit bursts), whatever orders those carry, and shutdown.graceful is the very last.
 */
class RuntimeKitOrderTest {

  private static List<Integer> orders(Class<?> kit) {
    return Arrays.stream(kit.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Order.class))
        .map(m -> m.getAnnotation(Order.class).value()).toList();
  }

  @Test
  void theContainerChecksComeAfterEveryOtherOrderedCheck() {
    int lastOther = Arrays.stream(ProductionReadinessKit.class.getInterfaces())
        .filter(kit -> kit != RuntimeKit.class)
        .flatMap(kit -> orders(kit).stream())
        .mapToInt(Integer::intValue).max().orElse(Order.DEFAULT);

    assertThat(orders(RuntimeKit.class)).hasSize(4).allSatisfy(order -> assertThat(order).isGreaterThan(lastOther));
  }

  @Test
  void shutdownGracefulIsLast() throws NoSuchMethodException {
    Method shutdown = RuntimeKit.class.getMethod("shutdownGraceful", CheckRun.class);

    assertThat(shutdown.getAnnotation(Order.class).value()).isEqualTo(orders(RuntimeKit.class).stream()
        .mapToInt(Integer::intValue).max().orElseThrow());
  }
}
