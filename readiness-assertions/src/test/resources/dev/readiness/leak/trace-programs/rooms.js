class RoomService {
  find(id) {
    throw new TypeError(`Cannot read properties of undefined (reading 'members') for room ${id}`);
  }
}
new RoomService().find(42);
