package dev.readiness.demo;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers 200 with fixed content. Serves what a misconfigured stack leaves reachable ({@code /.env}, API docs);
 * the hardened stack has no such route.
 */
final class StaticContent implements Request.Handler {

  /** What {@link Misconfiguration#DOTENV_EXPOSED} serves at {@code /.env}; the values are made up. */
  static final String DOTENV = """
      # rooms API
      DATABASE_URL=postgres://rooms:rooms-db-password@db:5432/rooms
      JWT_SECRET=demo-jwt-signing-secret
      DEBUG=false
      """;

  /** What {@link Misconfiguration#DEBUG_ENDPOINTS} serves at {@code /openapi.json}. */
  static final String OPENAPI = """
      {"openapi":"3.1.0","info":{"title":"Readiness demo","version":"0.1"},"paths":{"/api/rooms":{"get":{}}}}""";

  /** What {@link Misconfiguration#DEBUG_ENDPOINTS} serves at {@code /docs}, as FastAPI renders Swagger UI. */
  static final String SWAGGER_UI = """
      <!DOCTYPE html>
      <html><head><title>Readiness demo - Swagger UI</title></head>
      <body><div id="swagger-ui"></div>
      <script>const ui = SwaggerUIBundle({url: '/openapi.json', dom_id: '#swagger-ui'})</script>
      </body></html>
      """;

  private final String mediaType;
  private final byte[] body;

  StaticContent(String mediaType, String body) {
    this.mediaType = mediaType;
    this.body = body.getBytes(UTF_8);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    response.setStatus(HttpStatus.OK_200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, mediaType);
    response.write(true, ByteBuffer.wrap(body), callback);
    return true;
  }
}
