package dev.readiness.demo;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /}: a small static HTML page with no script, style or frame, served under the strict
 * policy of {@link SecurityHeaders#pagePolicy} in place of the API's. With {@link Misconfiguration#LOAD_SERIALISED}
 * each request holds one lock for {@link #SERIALISED_WORK}, so concurrent requests wait for each other.
 */
final class HomePageHandler implements Request.Handler {

  static final Duration SERIALISED_WORK = Duration.ofMillis(200);

  private final String pagePolicy;
  private final boolean serialised;
  private final ReentrantLock lock = new ReentrantLock();

  private static final byte[] PAGE = """
      <!doctype html>
      <html lang="en">
      <head><meta charset="utf-8"><title>Readiness demo</title></head>
      <body>
      <h1>Readiness demo stack</h1>
      <p>A meeting and chat API: <code>/health</code>, <code>/api/auth/login</code>, <code>/api/rooms</code>,
      <code>/api/files</code>.</p>
      </body>
      </html>
      """.getBytes(UTF_8);

  HomePageHandler(StackSettings settings) {
    this.pagePolicy = SecurityHeaders.pagePolicy(settings);
    this.serialised = settings.has(Misconfiguration.LOAD_SERIALISED);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws InterruptedException {
    if (!serialised) {
      return answer(response, callback);
    }
    lock.lockInterruptibly();
    try {
      Thread.sleep(SERIALISED_WORK.toMillis());
      return answer(response, callback);
    } finally {
      lock.unlock();
    }
  }

  private boolean answer(Response response, Callback callback) {
    response.setStatus(HttpStatus.OK_200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
    response.getHeaders().put(SecurityHeaders.CONTENT_SECURITY_POLICY, pagePolicy);
    response.write(true, ByteBuffer.wrap(PAGE), callback);
    return true;
  }
}
