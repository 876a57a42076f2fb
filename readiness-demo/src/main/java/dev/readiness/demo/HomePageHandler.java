package dev.readiness.demo;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /}: a small static HTML page with no script, style or frame, served under the strict
 * policy of {@link SecurityHeaders#pagePolicy} in place of the API's.
 */
final class HomePageHandler implements Request.Handler {

  private final String pagePolicy;

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
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    response.setStatus(HttpStatus.OK_200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
    response.getHeaders().put(SecurityHeaders.CONTENT_SECURITY_POLICY, pagePolicy);
    response.write(true, ByteBuffer.wrap(PAGE), callback);
    return true;
  }
}
