package dev.brickapi.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class LegacySqlObjectsFakeTest extends FakeTestSupport {

  private static final String QUERIES = "/api/2.0/preview/sql/queries";
  private static final String ALERTS = "/api/2.0/preview/sql/alerts";

  @Test
  void aLegacyQueryIsEditedPagedTrashedAndRestored() {
    String id = http.expect(200, "POST", QUERIES, "{\"name\":\"q\",\"query\":\"SELECT 1\",\"data_source_id\":\"d\"}")
        .get("id").asText();
    http.expect(200, "POST", QUERIES, "{\"name\":\"r\",\"query\":\"SELECT 2\"}");
    http.expect(200, "POST", QUERIES + "/" + id, "{\"query\":\"SELECT 3\"}");
    JsonNode got = http.expect(200, "GET", QUERIES + "/" + id, null);
    assertEquals("SELECT 3", got.get("query").asText());
    assertEquals("q", got.get("name").asText());

    assertEquals("q", http.expect(200, "GET", QUERIES + "?page_size=1&page=1", null).at("/results/0/name").asText());
    assertEquals("r", http.expect(200, "GET", QUERIES + "?page_size=1&page=2", null).at("/results/0/name").asText());
    assertTrue(http.expect(200, "GET", QUERIES + "?page_size=1&page=3", null).get("results").isEmpty(),
        "the pages never end");

    http.expect(200, "DELETE", QUERIES + "/" + id, null);
    assertEquals(1, http.expect(200, "GET", QUERIES, null).get("count").asInt());
    assertTrue(http.expect(200, "GET", QUERIES + "/" + id, null).get("is_archived").asBoolean());
    http.expect(200, "POST", QUERIES + "/trash/" + id, null);
    assertEquals(2, http.expect(200, "GET", QUERIES, null).get("count").asInt());
  }

  @Test
  void aLegacyAlertIsEditedAndDeleted() {
    String id = http.expect(200, "POST", ALERTS, "{\"name\":\"a\",\"query_id\":\"q1\",\"options\":{\"column\":\"x\","
        + "\"op\":\">\",\"value\":\"1\"}}").get("id").asText();
    http.expect(200, "PUT", ALERTS + "/" + id, "{\"name\":\"a2\",\"query_id\":\"q2\",\"options\":{\"column\":\"x\","
        + "\"op\":\">\",\"value\":\"2\"}}");
    JsonNode got = http.expect(200, "GET", ALERTS + "/" + id, null);
    assertEquals("a2", got.get("name").asText());
    assertEquals("q2", got.at("/query/id").asText());
    assertEquals(1, http.expect(200, "GET", ALERTS, null).size());
    http.expect(200, "DELETE", ALERTS + "/" + id, null);
    http.expect(404, "GET", ALERTS + "/" + id, null);
  }
}
