package dev.brickapi.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ScimFilterTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode user(String json) throws Exception {
    return JSON.readTree(json);
  }

  @Test
  void comparisonsOnTheUsualAttributes() throws Exception {
    JsonNode jane = user("{\"userName\":\"jane.doe@example.com\",\"displayName\":\"Jane Doe\","
        + "\"emails\":[{\"value\":\"jane@corp.example\"}],\"active\":true}");
    assertTrue(ScimFilter.of("userName eq \"JANE.DOE@example.com\"").test(jane), "eq ignores case");
    assertTrue(ScimFilter.of("username sw \"jane\"").test(jane), "attribute names ignore case");
    assertTrue(ScimFilter.of("displayName co \"doe\"").test(jane));
    assertTrue(ScimFilter.of("emails.value ew \"@corp.example\"").test(jane), "into multi-valued attributes");
    assertTrue(ScimFilter.of("active eq true and displayName sw \"Jane\"").test(jane));
    assertFalse(ScimFilter.of("userName ne \"jane.doe@example.com\"").test(jane));
    assertFalse(ScimFilter.of("displayName co \"roe\"").test(jane));
    assertTrue(ScimFilter.of(null).test(jane));
  }

  @Test
  void anUnsupportedFilterSaysWhatItTakes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ScimFilter.of("userName pr or displayName gt \"a\""));
    assertEquals("unsupported SCIM filter 'userName pr or displayName gt \"a\"': use attribute eq|ne|co|sw|ew \"value\","
        + " joined by and", e.getMessage());
  }
}
