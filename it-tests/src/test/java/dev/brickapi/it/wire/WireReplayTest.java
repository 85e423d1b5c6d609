package dev.brickapi.it.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What {@link WireReplay} lets pass, skips and fails, on pairs made to differ from what the specs say. */
class WireReplayTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static WireReplay replay;

  @BeforeAll
  static void start() {
    replay = new WireReplay(ClientModel.shared());
  }

  @AfterAll
  static void stop() {
    replay.close();
  }

  private static WirePair pair(String method, String target, String request, String response) throws Exception {
    return new WirePair("made-up.json", "this test", "made up", method, target,
        request == null ? null : MAPPER.readTree(request), 200, response == null ? null : MAPPER.readTree(response));
  }

  @Test
  void exactPairPasses() throws Throwable {
    assertNull(replay.replay(pair("GET", "/api/2.0/secrets/list?scope=foo", null,
        "{\"secrets\": [{\"key\": \"bar\", \"last_updated_timestamp\": 12345678}]}")));
  }

  @Test
  void queryParameterTheSpecLacksFails() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> replay.replay(pair("GET", "/api/2.0/secrets/list?scope=foo&page_token=x", null, "{}")));
    assertTrue(e.getMessage().contains("takes no input [QUERY:page_token]"), e.getMessage());
  }

  @Test
  void valueWiderThanTheSpecsIntegerFails() {
    assertThrows(Throwable.class, () -> replay.replay(pair("GET", "/api/2.0/clusters/get?cluster_id=abc", null,
        "{\"cluster_id\": \"abc\", \"num_workers\": 3000000000}")));
  }

  @Test
  void arrayWhereTheSpecSaysObjectFails() {
    assertThrows(Throwable.class,
        () -> replay.replay(pair("GET", "/api/2.0/secrets/scopes/list", null, "[{\"name\": \"abc\"}]")));
  }

  @Test
  void bodyFieldTheClientDoesNotSendFails() {
    // id is read-only in the SCIM documents: decoded, never sent back.
    AssertionError e = assertThrows(AssertionError.class, () -> replay.replay(pair("PUT",
        "/api/2.0/preview/scim/v2/Users/abc", "{\"id\": \"abc\", \"userName\": \"me@example.com\"}", null)));
    assertTrue(e.getMessage().startsWith("request body"), e.getMessage());
  }

  @Test
  void answerToAnOperationWithoutResponseFails() {
    AssertionError e = assertThrows(AssertionError.class, () -> replay.replay(pair("POST",
        "/api/2.0/secrets/delete", "{\"scope\": \"foo\", \"key\": \"bar\"}", "{\"deleted\": true}")));
    assertTrue(e.getMessage().contains("declares no response"), e.getMessage());
  }

  @Test
  void placeholderIsSkippedWithItsName() throws Throwable {
    assertEquals("fixture placeholder [NUMID]", replay.replay(pair("GET",
        "/api/2.0/preview/scim/v2/Users/%5BNUMID%5D", null, "{\"id\": \"x\"}")));
  }

  @Test
  void endpointNoSpecHasIsSkipped() throws Throwable {
    String why = replay.replay(pair("GET", "/api/2.0/no-such-family/list", null, "{}"));
    assertTrue(why.startsWith("no operation GET /api/2.0/no-such-family/list"), why);
  }
}
