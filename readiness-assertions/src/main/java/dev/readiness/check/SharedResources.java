package dev.readiness.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * State that several checks of one run share and compute once, such as a login or a TLS scan. Implementations
 * are thread-safe, compute a value at most once per key, and close {@link AutoCloseable} values when the run ends.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface SharedResources {

  /**
   * @param key a name unique to the value, for example {@code auth.login}
   * @param type the value's type
   * @param factory computes the value the first time it is asked for
   * @param <T> the value's type
   * @return the value for the key
   */
  <T> T computeIfAbsent(String key, Class<T> type, Supplier<T> factory);
}
