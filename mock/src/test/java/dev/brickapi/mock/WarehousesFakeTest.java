package dev.brickapi.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarehousesFakeTest extends FakeTestSupport {

  private static final String BASE = "/api/2.0/sql/warehouses";

  @Test
  void aWarehouseStartsRunsIsEditedStopsAndIsDeleted() {
    String id = http.expect(200, "POST", BASE, "{\"name\":\"wh\",\"cluster_size\":\"Small\",\"max_num_clusters\":1}")
        .get("id").asText();
    JsonNode first = http.expect(200, "GET", BASE + "/" + id, null);
    assertEquals("STARTING", first.get("state").asText());
    assertEquals("wh", first.get("name").asText());
    pollUntil(BASE + "/" + id, "/state", "RUNNING");

    http.expect(200, "POST", BASE + "/" + id + "/edit", "{\"cluster_size\":\"Large\",\"auto_stop_mins\":20}");
    JsonNode edited = http.expect(200, "GET", BASE + "/" + id, null);
    assertEquals("Large", edited.get("cluster_size").asText());
    assertEquals(20, edited.get("auto_stop_mins").asInt());
    assertEquals("wh", edited.get("name").asText());

    http.expect(200, "POST", BASE + "/" + id + "/stop", null);
    assertEquals("STOPPING", http.expect(200, "GET", BASE + "/" + id, null).get("state").asText());
    pollUntil(BASE + "/" + id, "/state", "STOPPED");
    http.expect(200, "POST", BASE + "/" + id + "/start", null);
    pollUntil(BASE + "/" + id, "/state", "RUNNING");

    http.expect(200, "DELETE", BASE + "/" + id, null);
    assertFalse(names().contains("wh"), "a deleted warehouse is listed");
    pollUntil(BASE + "/" + id, "/state", "DELETED");
    http.expect(404, "POST", BASE + "/" + id + "/edit", "{\"name\":\"again\"}");
    assertEquals("RESOURCE_DOES_NOT_EXIST", http.expect(404, "GET", BASE + "/nope", null).get("error_code").asText());
  }

  @Test
  void theListPagesThroughEveryWarehouseAndEnds() {
    for (int i = 0; i < 5; i++) {
      http.expect(200, "POST", BASE, "{\"name\":\"w" + i + "\"}");
    }
    assertEquals(List.of("w0", "w1", "w2", "w3", "w4"), names());
  }

  private static List<String> names() {
    List<String> names = new ArrayList<>();
    String token = "";
    for (int pages = 0; token != null; pages++) {
      assertTrue(pages < 10, "the list never ends");
      JsonNode page = http.expect(200, "GET", BASE + "?page_size=2" + (token.isEmpty() ? "" : "&page_token=" + token),
          null);
      page.path("warehouses").forEach(w -> names.add(w.get("name").asText()));
      token = page.has("next_page_token") ? page.get("next_page_token").asText() : null;
    }
    return names;
  }
}
