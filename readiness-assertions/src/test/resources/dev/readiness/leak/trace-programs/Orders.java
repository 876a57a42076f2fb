import java.util.Map;

public class Orders {
  static int count(Map<String, Integer> order) {
    return order.get("total") / order.get("count");
  }

  public static void main(String[] args) {
    count(Map.of("total", 1, "count", 0));
  }
}
