package dev.readiness.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The scan's plumbing with scripted inspectors: deadline, failures and closing. Real Docker: ContainerChecksIT. */
class ContainerScanTest {

  private final List<String> closed = new ArrayList<>();

  private ContainerInspector scripted(java.util.function.Function<String, InspectedContainer> answer) {
    return new ContainerInspector() {
      @Override
      public InspectedContainer inspect(String reference) {
        return answer.apply(reference);
      }

      @Override
      public void close() {
        closed.add("closed");
      }
    };
  }

  @Test
  void inspectsEveryContainerInOrderAndClosesTheConnection() {
    ContainerScan scan = ContainerScan.of(List.of("web", "db"),
        () -> scripted(ContainerUserPolicyTest::runningAs), Duration.ofSeconds(10));

    assertThat(scan.failure()).isEmpty();
    assertThat(scan.containers()).extracting(c -> c.user().text()).containsExactly("web", "db");
    assertThat(closed).containsExactly("closed");
  }

  @Test
  void reportsTheInspectorsReasonWhenAContainerIsMissing() {
    ContainerScan scan = ContainerScan.of(List.of("web", "gone"), () -> scripted(reference -> {
      if (reference.equals("gone")) {
        throw new ContainerException("no container named or with id 'gone' on the Docker host unix:///x");
      }
      return ContainerUserPolicyTest.runningAs("app");
    }), Duration.ofSeconds(10));

    assertThat(scan.containers()).isEmpty();
    assertThat(scan.failure()).contains("no container named or with id 'gone' on the Docker host unix:///x");
    assertThat(closed).containsExactly("closed");
  }

  @Test
  void reportsAnUnreachableDaemon() {
    ContainerScan scan = ContainerScan.of(List.of("web"), () -> {
      throw new ContainerException("Docker is unreachable: no socket");
    }, Duration.ofSeconds(10));

    assertThat(scan.failure()).contains("Docker is unreachable: no socket");
  }

  @Test
  void givesUpOnADaemonThatDoesNotAnswerByTheDeadline() {
    CountDownLatch never = new CountDownLatch(1);
    ContainerScan scan = ContainerScan.of(List.of("web"), () -> scripted(reference -> {
      try {
        never.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return ContainerUserPolicyTest.runningAs("app");
    }), Duration.ofMillis(200));

    assertThat(scan.failure()).contains("Docker did not answer within 200 ms while inspecting [web]");
  }
}
