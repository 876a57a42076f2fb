package dev.readiness.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/** {@link SharedResources} held in memory for one run; {@link #close()} closes closeable values in reverse order. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class InMemorySharedResources implements SharedResources, AutoCloseable {

  private final Map<String, Object> values = new ConcurrentHashMap<>();
  private final List<AutoCloseable> closeables = Collections.synchronizedList(new ArrayList<>());

  @Override
  public <T> T computeIfAbsent(String key, Class<T> type, Supplier<T> factory) {
    Object value = values.computeIfAbsent(key, k -> {
      T created = factory.get();
      if (created instanceof AutoCloseable closeable) {
        closeables.add(closeable);
      }
      return created;
    });
    return type.cast(value);
  }

  @Override
  public void close() {
    List<AutoCloseable> toClose;
    synchronized (closeables) {
      toClose = new ArrayList<>(closeables);
      closeables.clear();
    }
    Collections.reverse(toClose);
    for (AutoCloseable closeable : toClose) {
      try {
        closeable.close();
      } catch (Exception e) {
        throw new IllegalStateException("closing a shared resource failed: " + e.getMessage(), e);
      }
    }
    values.clear();
  }
}
