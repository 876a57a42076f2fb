package dev.readiness.demo;

import java.util.List;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** {@code GET /api/rooms}: 200 and the fixed list of meeting rooms, as a JSON array. */
final class RoomsHandler implements Request.Handler {

  private static final List<Room> ROOMS = List.of(
      new Room("general", "General", 3),
      new Room("standup", "Daily stand-up", 5),
      new Room("design-review", "Design review", 0));

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    JsonBodies.write(response, callback, HttpStatus.OK_200, ROOMS);
    return true;
  }

  /**
   * One room.
   *
   * @param id stable identifier
   * @param name display name
   * @param participants people in the room now
   */
  record Room(String id, String name, int participants) {}
}
