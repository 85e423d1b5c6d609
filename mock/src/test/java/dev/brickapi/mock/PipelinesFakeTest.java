package dev.brickapi.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class PipelinesFakeTest extends FakeTestSupport {

  private static final String BASE = "/api/2.0/pipelines";

  @Test
  void aPipelineRunsAnUpdateStopsToIdleAndIsDeleted() {
    String id = http.expect(200, "POST", BASE, "{\"name\":\"p\",\"continuous\":true,\"catalog\":\"main\"}")
        .get("pipeline_id").asText();
    JsonNode got = http.expect(200, "GET", BASE + "/" + id, null);
    assertEquals("IDLE", got.get("state").asText());
    assertEquals("main", got.at("/spec/catalog").asText());

    String update = http.expect(200, "POST", BASE + "/" + id + "/updates", "{}").get("update_id").asText();
    assertEquals("STARTING", http.expect(200, "GET", BASE + "/" + id, null).get("state").asText());
    got = pollUntil(BASE + "/" + id, "/state", "RUNNING");
    assertEquals(update, got.at("/latest_updates/0/update_id").asText());
    http.expect(400, "POST", BASE + "/" + id + "/updates", "{}");

    http.expect(200, "POST", BASE + "/" + id + "/stop", null);
    assertEquals("STOPPING", http.expect(200, "GET", BASE + "/" + id, null).get("state").asText());
    got = pollUntil(BASE + "/" + id, "/state", "IDLE");
    assertEquals("CANCELED", got.at("/latest_updates/0/state").asText());

    http.expect(200, "PUT", BASE + "/" + id, "{\"name\":\"p2\",\"continuous\":true}");
    assertEquals("p2", http.expect(200, "GET", BASE + "/" + id, null).get("name").asText());
    http.expect(200, "DELETE", BASE + "/" + id, null);
    http.expect(404, "GET", BASE + "/" + id, null);
    assertTrue(http.expect(200, "GET", BASE, null).path("statuses").isEmpty(), "a deleted pipeline is listed");
  }

  @Test
  void aTriggeredUpdateCompletesAndTheListEnds() {
    String id = http.expect(200, "POST", BASE, "{\"name\":\"t\"}").get("pipeline_id").asText();
    http.expect(200, "POST", BASE, "{\"name\":\"u\"}");
    http.expect(200, "POST", BASE + "/" + id + "/updates", "{}");
    pollUntil(BASE + "/" + id, "/state", "RUNNING");
    assertEquals("COMPLETED", pollUntil(BASE + "/" + id, "/state", "IDLE").at("/latest_updates/0/state").asText());

    JsonNode first = http.expect(200, "GET", BASE + "?max_results=1", null);
    assertEquals("t", first.at("/statuses/0/name").asText());
    JsonNode last = http.expect(200, "GET", BASE + "?max_results=1&page_token=" + first.get("next_page_token")
        .asText(), null);
    assertEquals("u", last.at("/statuses/0/name").asText());
    assertTrue(!last.has("next_page_token"), "the last page has a token");
  }
}
