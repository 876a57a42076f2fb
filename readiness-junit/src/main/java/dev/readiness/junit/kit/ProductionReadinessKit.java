package dev.readiness.junit.kit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Every kit: one test per catalogue check the library ships. */
@API(status = EXPERIMENTAL, since = "0.1")
public interface ProductionReadinessKit extends TransportKit, HeadersKit, OperationsKit, RepositoryKit {}
