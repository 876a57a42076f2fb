package dev.readiness.junit.kit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.readiness.demo.DemoStack;
import dev.readiness.junit.ReadinessExtension;
import dev.readiness.junit.ReadinessTest;
import dev.readiness.tls.TlsPolicy;
import dev.readiness.tls.TlsVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** A test class's own {@link TlsPolicy}, found by {@link TlsKit} through its {@code tlsPolicy()} override. */
class TlsKitPolicyIT {

  private static final String PROTOCOLS = "tls.protocols: TLS protocol versions";

  private static DemoStack stack;

  @ReadinessTest
  static class ProfilePolicy implements TlsKit {}

  @ReadinessTest
  static class Tls13Only implements TlsKit {
    @Override
    public Optional<TlsPolicy> tlsPolicy() {
      return Optional.of(TlsPolicy.builder("tls13-only").protocols(TlsVersion.TLS_1_3).build());
    }
  }

  @BeforeAll
  static void startStack() {
    stack = DemoStack.hardened();
  }

  @AfterAll
  static void stopStack() {
    stack.close();
  }

  private static EngineExecutionResults run(Class<?> fixture) throws IOException {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(fixture))
        .configurationParameter(ReadinessExtension.PROFILE_PROPERTY_NAME,
            stack.writeProfile(Files.createTempDirectory("readiness-tls-policy")).toString())
        .execute();
  }

  @Test
  void theProfilesPolicyAcceptsTheHardenedStacksTls12() throws IOException {
    run(ProfilePolicy.class).testEvents().assertThatEvents()
        .haveExactly(1, event(test(), displayName(PROTOCOLS), finishedSuccessfully()));
  }

  @Test
  void theClasssOwnPolicyRejectsTls12ByItsName() throws IOException {
    run(Tls13Only.class).testEvents().assertThatEvents()
        .haveExactly(1, event(test(), displayName(PROTOCOLS), finishedWithFailure(message(m -> m.contains(
            "a TLSv1.2 ClientHello got a ServerHello: the tls13-only profile allows TLS 1.3 only")))));
  }
}
