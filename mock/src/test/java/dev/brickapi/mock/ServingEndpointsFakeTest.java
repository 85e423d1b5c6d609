package dev.brickapi.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ServingEndpointsFakeTest extends FakeTestSupport {

  private static final String BASE = "/api/2.0/serving-endpoints";
  private static final String ENTITY = "{\"served_entities\":[{\"entity_name\":\"main.sdk.model\","
      + "\"entity_version\":\"%s\",\"workload_size\":\"Small\",\"scale_to_zero_enabled\":true}]}";

  @Test
  void anEndpointUpdatesItsConfigUntilReadyAndIsDeleted() {
    JsonNode created = http.expect(200, "POST", BASE, "{\"name\":\"e\",\"config\":" + String.format(ENTITY, "1") + "}");
    assertEquals("IN_PROGRESS", created.at("/state/config_update").asText());
    assertEquals("NOT_READY", created.at("/state/ready").asText());
    assertEquals("model-1", created.at("/pending_config/served_entities/0/name").asText());
    assertEquals("RESOURCE_ALREADY_EXISTS", http.expect(400, "POST", BASE, "{\"name\":\"e\"}").get("error_code")
        .asText());

    JsonNode ready = pollUntil(BASE + "/e", "/state/config_update", "NOT_UPDATING");
    assertEquals("READY", ready.at("/state/ready").asText());
    assertEquals("1", ready.at("/config/served_entities/0/entity_version").asText());
    assertTrue(!ready.has("pending_config"), "a pending config is left");

    http.expect(200, "PUT", BASE + "/e/config", String.format(ENTITY, "2"));
    ready = pollUntil(BASE + "/e", "/state/config_update", "NOT_UPDATING");
    assertEquals("2", ready.at("/config/served_entities/0/entity_version").asText());
    assertEquals(2, ready.at("/config/config_version").asInt());

    assertEquals("e", http.expect(200, "GET", BASE, null).at("/endpoints/0/name").asText());
    http.expect(200, "DELETE", BASE + "/e", null);
    http.expect(404, "GET", BASE + "/e", null);
    assertTrue(http.expect(200, "GET", BASE, null).path("endpoints").isEmpty(), "a deleted endpoint is listed");
  }
}
