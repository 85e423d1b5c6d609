package dev.brickapi.it.wire;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonSameTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static boolean same(String expected, String actual) throws Exception {
    return JsonSame.same(MAPPER.readTree(expected), MAPPER.readTree(actual));
  }

  @Test
  void numbersCompareByValue() throws Exception {
    assertTrue(same("{\"a\": [1, 2.50]}", "{\"a\": [1.0, 2.5]}"));
    assertFalse(same("{\"a\": 1}", "{\"a\": 2}"));
  }

  @Test
  void answeredIntegerMatchesTheDecodedStringOfItsDigitsOnly() throws Exception {
    assertTrue(same("{\"id\": 12345}", "{\"id\": \"12345\"}"));
    assertFalse(same("{\"id\": \"12345\"}", "{\"id\": 12345}"));
    assertFalse(same("{\"id\": 12345}", "{\"id\": \"12346\"}"));
  }

  @Test
  void nullFieldIsAnAbsentFieldAndNoBodyIsAnEmptyObject() throws Exception {
    assertTrue(same("{\"a\": {\"b\": null}, \"c\": null}", "{\"a\": {}}"));
    assertTrue(JsonSame.same(null, MAPPER.createObjectNode()));
    assertFalse(same("{\"a\": {\"b\": 1}}", "{\"a\": {}}"));
  }

  @Test
  void lostFieldIsADifference() throws Exception {
    JsonNode answered = MAPPER.readTree("{\"id\": \"abc\", \"name\": \"x\"}");
    assertFalse(JsonSame.same(answered, MAPPER.readTree("{\"name\": \"x\"}")));
  }
}
