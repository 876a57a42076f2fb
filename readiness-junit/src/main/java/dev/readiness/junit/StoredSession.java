package dev.readiness.junit;

import dev.readiness.check.InMemorySharedResources;
import dev.readiness.check.TargetSession;
import dev.readiness.profile.StackProfile;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class's {@link TargetSession} as kept in JUnit's store, closed by the store when the class is done. It
 * implements both closing contracts: JUnit 5.10 to 5.12 close {@code CloseableResource} values, later versions
 * {@link AutoCloseable} ones; this is the one place that knows.
 */
@SuppressWarnings("deprecation")
final class StoredSession implements AutoCloseable, ExtensionContext.Store.CloseableResource {

  private final InMemorySharedResources shared = new InMemorySharedResources();
  private final TargetSession session;
  private boolean closed;

  StoredSession(StackProfile profile) {
    this.session = TargetSession.open(profile, shared);
  }

  TargetSession session() {
    return session;
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      session.close();
      shared.close();
    }
  }

  @SuppressWarnings("unchecked")
  static StoredSession in(ExtensionContext.Store store, Object key, java.util.function.Supplier<StackProfile> profile) {
    return store.getOrComputeIfAbsent(key, k -> new StoredSession(profile.get()), StoredSession.class);
  }
}
