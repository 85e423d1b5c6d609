package dev.brickapi.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlObjectsFakeTest extends FakeTestSupport {

  @Test
  void aQueryIsCreatedUpdatedByItsMaskListedAndTrashed() {
    String id = http.expect(200, "POST", "/api/2.0/sql/queries", "{\"query\":{\"display_name\":\"q\","
        + "\"query_text\":\"SELECT 1\",\"warehouse_id\":\"w1\"}}").get("id").asText();
    JsonNode got = http.expect(200, "GET", "/api/2.0/sql/queries/" + id, null);
    assertEquals("q", got.get("display_name").asText());
    assertEquals("SELECT 1", got.get("query_text").asText());
    assertEquals("ACTIVE", got.get("lifecycle_state").asText());

    http.expect(200, "PATCH", "/api/2.0/sql/queries/" + id, "{\"update_mask\":\"query_text\","
        + "\"query\":{\"display_name\":\"ignored\",\"query_text\":\"SELECT 2\"}}");
    got = http.expect(200, "GET", "/api/2.0/sql/queries/" + id, null);
    assertEquals("SELECT 2", got.get("query_text").asText());
    assertEquals("q", got.get("display_name").asText(), "a field the mask does not name changed");

    assertEquals(List.of(id), ids("/api/2.0/sql/queries"));
    http.expect(200, "DELETE", "/api/2.0/sql/queries/" + id, null);
    assertTrue(ids("/api/2.0/sql/queries").isEmpty(), "a trashed query is listed");
    assertEquals("TRASHED", http.expect(200, "GET", "/api/2.0/sql/queries/" + id, null).get("lifecycle_state")
        .asText());
    http.expect(404, "GET", "/api/2.0/sql/queries/nope", null);
  }

  @Test
  void alertsPageThroughTheirStateAndEnd() {
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      JsonNode a = http.expect(200, "POST", "/api/2.0/sql/alerts", "{\"alert\":{\"display_name\":\"a" + i
          + "\",\"query_id\":\"q1\"}}");
      assertEquals("UNKNOWN", a.get("state").asText());
      created.add(a.get("id").asText());
    }
    assertEquals(created, ids("/api/2.0/sql/alerts"));
    http.expect(200, "DELETE", "/api/2.0/sql/alerts/" + created.get(0), null);
    assertFalse(ids("/api/2.0/sql/alerts").contains(created.get(0)));
    http.expect(400, "POST", "/api/2.0/sql/alerts", "{\"alert\":{\"query_id\":\"q1\"}}");
  }

  private static List<String> ids(String path) {
    List<String> ids = new ArrayList<>();
    String token = "";
    for (int pages = 0; token != null; pages++) {
      assertTrue(pages < 10, "the list never ends");
      JsonNode page = http.expect(200, "GET", path + "?page_size=2" + (token.isEmpty() ? "" : "&page_token=" + token),
          null);
      page.path("results").forEach(o -> ids.add(o.get("id").asText()));
      token = page.has("next_page_token") ? page.get("next_page_token").asText() : null;
    }
    return ids;
  }
}
