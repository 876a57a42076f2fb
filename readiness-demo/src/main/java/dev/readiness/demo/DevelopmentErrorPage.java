package dev.readiness.demo;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers an endpoint's 400 errors as Express does with {@code NODE_ENV=development}: an HTML page whose
 * {@code <pre>} holds the body parser's stack trace (the one Node.js 20 prints for malformed JSON). Used only by
 * {@link Misconfiguration#STACK_TRACES}.
 */
final class DevelopmentErrorPage implements Request.Handler {

  private static final String PAGE = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <title>Error</title>
      </head>
      <body>
      <pre>SyntaxError: Expected double-quoted property name in JSON at position 22<br> &nbsp; &nbsp;at JSON.parse \
      (&lt;anonymous&gt;)<br> &nbsp; &nbsp;at parse (/app/node_modules/body-parser/lib/types/json.js:92:19)<br> \
      &nbsp; &nbsp;at /app/node_modules/body-parser/lib/read.js:128:18</pre>
      </body>
      </html>
      """;

  private final Request.Handler endpoint;

  DevelopmentErrorPage(Request.Handler endpoint) {
    this.endpoint = endpoint;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    try {
      return endpoint.handle(request, response, callback);
    } catch (ApiError error) {
      if (error.status() != HttpStatus.BAD_REQUEST_400) {
        throw error;
      }
      response.setStatus(error.status());
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
      response.write(true, ByteBuffer.wrap(PAGE.getBytes(UTF_8)), callback);
      return true;
    }
  }
}
