package dev.readiness.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * JSON in and out of the demo API. Request bodies must be one JSON object of at most {@value #MAX_BYTES} bytes;
 * response bodies are records serialised with snake_case names, as the seed stacks' Python API writes them.
 */
final class JsonBodies {

  private static final int MAX_BYTES = 16 * 1024;
  private static final String CONTENT_TYPE = "application/json";

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private JsonBodies() {}

  /**
   * @return the request body as a JSON object
   * @throws ApiError 400 when the body is not exactly one JSON object, 413 when it is too large
   */
  static JsonNode readObject(Request request) throws ApiError {
    byte[] body = BoundedBody.read(request, MAX_BYTES);
    JsonNode node;
    try {
      node = MAPPER.readTree(body);
    } catch (IOException e) {
      throw ApiError.badRequest("malformed JSON body");
    }
    if (node == null || !node.isObject()) {
      throw ApiError.badRequest("expected a JSON object");
    }
    return node;
  }

  /**
   * @return the string value of {@code field}
   * @throws ApiError 400 when the field is missing or not a string
   */
  static String requiredText(JsonNode object, String field) throws ApiError {
    JsonNode value = object.get(field);
    if (value == null || !value.isTextual()) {
      throw ApiError.badRequest("field '" + field + "' must be a string");
    }
    return value.textValue();
  }

  /** Completes the response with {@code status} and {@code body} as JSON. */
  static void write(Response response, Callback callback, int status, Object body) {
    byte[] bytes;
    try {
      bytes = MAPPER.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + body.getClass().getSimpleName(), e);
    }
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
    response.write(true, ByteBuffer.wrap(bytes), callback);
  }

  /** Completes the response with {@code status} and {@code {"detail": detail}}. */
  static void writeDetail(Response response, Callback callback, int status, String detail) {
    write(response, callback, status, new Detail(detail));
  }

  private record Detail(String detail) {}
}
