package dev.readiness.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * {@link SharedResources} held in memory for one run; {@link #close()} closes closeable values in reverse order. A
 * factory that fails is not run again: its failure is kept and thrown again to every later caller of the key, so a
 * shared observation (a TLS handshake, a CORS run, a burst) runs once per scan, failed or not.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class InMemorySharedResources implements SharedResources, AutoCloseable {

  private final Map<String, Object> values = new ConcurrentHashMap<>();
  private final List<AutoCloseable> closeables = Collections.synchronizedList(new ArrayList<>());

  @Override
  public <T> T computeIfAbsent(String key, Class<T> type, Supplier<T> factory) {
    Object value = values.computeIfAbsent(key, k -> {
      T created;
      try {
        created = factory.get();
      } catch (RuntimeException e) {
        return new Failure(e);
      }
      if (created instanceof AutoCloseable closeable) {
        closeables.add(closeable);
      }
      return created;
    });
    if (value instanceof Failure failure) {
      throw failure.cause();
    }
    return type.cast(value);
  }

  /** A factory's failure, kept in place of its value. */
  private record Failure(RuntimeException cause) {}

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
