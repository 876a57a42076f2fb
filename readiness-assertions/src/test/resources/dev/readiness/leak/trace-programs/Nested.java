public class Nested {
  static final class Repository {
    String load(String id) {
      try {
        return Integer.valueOf(id).toString();
      } catch (NumberFormatException e) {
        throw new IllegalStateException("cannot load room " + id, e);
      }
    }
  }

  public static void main(String[] args) {
    new Repository().load("abc");
  }
}
