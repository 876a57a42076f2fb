package dev.readiness.http;

import dev.readiness.check.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A probe's evidence in send order, rendered when it is first read rather than while requests are in flight: a
 * burst then spends its time sending, not redacting. Each entry is rendered once; thread-safe.
 */
final class EvidenceLog {

  private final List<Supplier<Evidence>> entries = new ArrayList<>();

  /** Adds evidence that is rendered, once, when it is first read. */
  synchronized void add(Supplier<Evidence> render) {
    entries.add(new Once(render));
  }

  /** Adds evidence already rendered. */
  synchronized void add(Evidence rendered) {
    entries.add(() -> rendered);
  }

  /** @return every entry, rendered, in the order added */
  List<Evidence> all() {
    List<Supplier<Evidence>> copy;
    synchronized (this) {
      copy = List.copyOf(entries);
    }
    List<Evidence> all = new ArrayList<>(copy.size());
    copy.forEach(entry -> all.add(entry.get()));
    return List.copyOf(all);
  }

  private static final class Once implements Supplier<Evidence> {
    private Supplier<Evidence> render;
    private Evidence rendered;

    Once(Supplier<Evidence> render) {
      this.render = render;
    }

    @Override
    public synchronized Evidence get() {
      if (rendered == null) {
        rendered = render.get();
        render = null;
      }
      return rendered;
    }
  }
}
