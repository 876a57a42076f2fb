package dev.readiness.resilience;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.apiguardian.api.API;

/** Reads a created record's id from a JSON answer by JSON pointer ({@code persistence.idPointer}). */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RecordIds {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RecordIds() {}

  /**
   * @param body the create request's answer
   * @param pointer a JSON pointer such as {@code /id}
   * @return the text or number at the pointer; empty when the body is not JSON or holds no scalar there
   */
  public static Optional<String> read(String body, String pointer) {
    try {
      JsonNode node = JSON.readTree(body).at(JsonPointer.compile(pointer));
      return node.isTextual() || node.isNumber() ? Optional.of(node.asText()).filter(id -> !id.isBlank())
          : Optional.empty();
    } catch (java.io.IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
