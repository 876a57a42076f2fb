package dev.readiness.junit.kit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Every kit: one test per catalogue check the library ships. Methods run in {@link Order} order: every check that
 * does not spend login attempts or quotas first, then {@code load.latency}, then {@code auth.default-credentials},
 * {@code ratelimit.login} and the rate-limit bursts ({@link RateLimitKit#LAST} and after), and the container checks of
 * {@link RuntimeKit} ({@link RuntimeKit#AFTER_EVERYTHING}), which restart and stop the stack, after them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@API(status = EXPERIMENTAL, since = "0.1")
public interface ProductionReadinessKit extends TlsKit, TransportKit, HeadersKit, OperationsKit, LeaksKit,
    ExposureKit, CorsKit, WebSocketKit, AuthKit, RepositoryKit, RateLimitKit, ContainerKit, UploadKit, LoadKit,
    RuntimeKit {}
