package dev.readiness.exposure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.readiness.check.CheckContext;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * {@code exposure.debug-endpoints}: no documentation, console or metrics endpoint
 * ({@link ExposedPaths#DEBUG_ENDPOINTS}) answers without credentials, unless {@code exposure.allow} names it.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DebugEndpointsCheck extends ExposureCheck {

  /** The catalogue id. */
  public static final String ID = "exposure.debug-endpoints";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "No open debug endpoints";
  }

  @Override
  protected List<ExposedPath> paths() {
    return ExposedPaths.DEBUG_ENDPOINTS;
  }

  @Override
  protected Set<String> allowed(CheckContext context) {
    return Set.copyOf(context.profile().exposure().allow());
  }

  @Override
  protected String why() {
    return "so anyone can map the API or read internals; list it in exposure.allow if it is public on purpose";
  }

  @Override
  protected String fix() {
    return "Disable docs and debug endpoints in production or put them behind auth (FastAPI(docs_url=None, "
        + "openapi_url=None); Spring management.endpoints.web.exposure.include=health)";
  }
}
