package dev.brickapi.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Unity Catalog catalogs, schemas, tables and volumes answer from state: full names, lists by parent that page to
 * an end, updates applied, parents that must exist, and a catalog that is deleted only when empty or forced.
 * Examples are off, so what no fake serves answers 404; every exchange is validated.
 */
class UnityCatalogFakeTest extends FakeTestSupport {

  private static final String UC = "/api/2.1/unity-catalog";
  private static List<String> names(String listPath, String field) {
    List<String> out = new ArrayList<>();
    String token = null;
    for (int pages = 0; pages < 20; pages++) {
      String sep = listPath.contains("?") ? "&" : "?";
      JsonNode page = http.expect(200, "GET", listPath + sep + "max_results=2"
          + (token == null ? "" : "&page_token=" + token), null);
      page.path(field).forEach(item -> out.add(item.get("full_name").asText()));
      if (!page.hasNonNull("next_page_token")) {
        return out;
      }
      token = page.get("next_page_token").asText();
    }
    throw new AssertionError(listPath + " did not end in 20 pages");
  }

  @Test
  void aCatalogHoldsItsSchemasTablesAndVolumesByFullName() {
    assertEquals("sales", http.expect(200, "POST", UC + "/catalogs", "{\"name\":\"sales\",\"comment\":\"c\"}")
        .get("full_name").asText());
    http.expect(200, "POST", UC + "/catalogs", "{\"name\":\"other\"}");
    assertEquals("c", http.expect(200, "GET", UC + "/catalogs/sales", null).get("comment").asText());
    assertEquals(List.of("sales", "other"), names(UC + "/catalogs", "catalogs"));

    for (String s : List.of("a", "b", "c")) {
      assertEquals("sales." + s, http.expect(200, "POST", UC + "/schemas",
          "{\"name\":\"" + s + "\",\"catalog_name\":\"sales\"}").get("full_name").asText());
    }
    assertEquals(List.of("sales.default", "sales.information_schema", "sales.a", "sales.b", "sales.c"),
        names(UC + "/schemas?catalog_name=sales", "schemas"));
    assertEquals(List.of("other.default", "other.information_schema"),
        names(UC + "/schemas?catalog_name=other", "schemas"));

    JsonNode managed = http.expect(200, "POST", UC + "/volumes", "{\"catalog_name\":\"sales\",\"schema_name\":\"a\","
        + "\"name\":\"files\",\"volume_type\":\"MANAGED\"}");
    assertEquals("sales.a.files", managed.get("full_name").asText());
    assertTrue(managed.get("storage_location").asText().startsWith("s3://"));
    http.expect(200, "POST", UC + "/volumes", "{\"catalog_name\":\"sales\",\"schema_name\":\"a\","
        + "\"name\":\"landing\",\"volume_type\":\"EXTERNAL\",\"storage_location\":\"s3://bucket/landing\"}");
    assertEquals("EXTERNAL", http.expect(200, "GET", UC + "/volumes/sales.a.landing", null)
        .get("volume_type").asText());
    assertEquals("MANAGED", http.expect(200, "GET", UC + "/volumes/sales.a.files", null).get("volume_type").asText());
    assertEquals(List.of("sales.a.files", "sales.a.landing"),
        names(UC + "/volumes?catalog_name=sales&schema_name=a", "volumes"));

    JsonNode renamed = http.expect(200, "PATCH", UC + "/volumes/sales.a.files",
        "{\"new_name\":\"raw\",\"comment\":\"raw files\"}");
    assertEquals("sales.a.raw", renamed.get("full_name").asText());
    assertEquals("MANAGED", renamed.get("volume_type").asText());
    http.expect(404, "GET", UC + "/volumes/sales.a.files", null);

    http.expect(200, "POST", UC + "/tables", "{\"catalog_name\":\"sales\",\"schema_name\":\"b\",\"name\":\"orders\","
        + "\"table_type\":\"MANAGED\",\"data_source_format\":\"DELTA\",\"columns\":[{\"name\":\"id\","
        + "\"type_name\":\"LONG\",\"position\":0}]}");
    assertEquals("orders", http.expect(200, "GET", UC + "/tables/sales.b.orders", null).get("name").asText());
    assertTrue(http.get(UC + "/tables/sales.b.orders/exists").get("table_exists").asBoolean());
    assertEquals(List.of("sales.b.orders"), names(UC + "/tables?catalog_name=sales&schema_name=b", "tables"));
    http.expect(200, "PATCH", UC + "/tables/sales.b.orders", "{\"owner\":\"analysts\"}");
    assertEquals("analysts", http.get(UC + "/tables/sales.b.orders").get("owner").asText());
    http.expect(200, "DELETE", UC + "/tables/sales.b.orders", null);
    assertFalse(http.get(UC + "/tables/sales.b.orders/exists").get("table_exists").asBoolean());
    http.expect(404, "GET", UC + "/tables/sales.b.orders", null);
  }

  @Test
  void whatHasNoParentIsNotFoundAndATakenNameIsRefused() {
    assertEquals("RESOURCE_DOES_NOT_EXIST", http.expect(404, "POST", UC + "/schemas",
        "{\"name\":\"s\",\"catalog_name\":\"nowhere\"}").get("error_code").asText());
    http.expect(200, "POST", UC + "/catalogs", "{\"name\":\"sales\"}");
    assertEquals("RESOURCE_ALREADY_EXISTS", http.expect(400, "POST", UC + "/catalogs", "{\"name\":\"sales\"}")
        .get("error_code").asText());
    http.expect(404, "POST", UC + "/tables", "{\"catalog_name\":\"sales\",\"schema_name\":\"nope\",\"name\":\"t\","
        + "\"table_type\":\"MANAGED\",\"data_source_format\":\"DELTA\"}");
    http.expect(404, "GET", UC + "/volumes?catalog_name=sales&schema_name=nope", null);
    assertEquals("INVALID_PARAMETER_VALUE", http.expect(400, "POST", UC + "/volumes", "{\"catalog_name\":\"sales\","
        + "\"schema_name\":\"default\",\"name\":\"v\",\"volume_type\":\"EXTERNAL\"}").get("error_code").asText());
    http.expect(404, "GET", UC + "/catalogs/nowhere", null);
  }

  @Test
  void aCatalogThatIsNotEmptyIsDeletedOnlyWithForceAndTakesWhatItHoldsWithIt() {
    http.expect(200, "POST", UC + "/catalogs", "{\"name\":\"sales\"}");
    http.expect(200, "POST", UC + "/schemas", "{\"name\":\"s\",\"catalog_name\":\"sales\"}");
    http.expect(200, "POST", UC + "/volumes", "{\"catalog_name\":\"sales\",\"schema_name\":\"s\",\"name\":\"v\","
        + "\"volume_type\":\"MANAGED\"}");
    assertTrue(http.expect(400, "DELETE", UC + "/catalogs/sales", null).get("message").asText().contains("not empty"));
    http.expect(400, "DELETE", UC + "/schemas/sales.s", null);
    http.expect(200, "GET", UC + "/catalogs/sales", null);

    http.expect(200, "PATCH", UC + "/catalogs/sales", "{\"new_name\":\"revenue\",\"comment\":\"renamed\"}");
    assertEquals("revenue.s.v", http.expect(200, "GET", UC + "/volumes/revenue.s.v", null).get("full_name").asText());
    http.expect(404, "GET", UC + "/schemas/sales.s", null);

    http.expect(200, "DELETE", UC + "/catalogs/revenue?force=true", null);
    http.expect(404, "GET", UC + "/catalogs/revenue", null);
    http.expect(404, "GET", UC + "/volumes/revenue.s.v", null);
    assertEquals(List.of(), names(UC + "/catalogs", "catalogs"));

    http.expect(200, "POST", UC + "/catalogs", "{\"name\":\"empty\"}");
    http.expect(200, "DELETE", UC + "/catalogs/empty", null);
  }
}
