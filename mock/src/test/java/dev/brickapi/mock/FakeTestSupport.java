package dev.brickapi.mock;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A family's test against one mock with examples off (an operation no fake serves answers 404), state reset
 * before each test and every exchange validated after it.
 */
abstract class FakeTestSupport {

  static MockWorkspace mock;
  static MockHttp http;

  @BeforeAll
  static void start() {
    mock = MockWorkspace.builder().examples(false).start();
    http = new MockHttp(mock);
  }

  @AfterAll
  static void stop() {
    mock.close();
  }

  @BeforeEach
  void reset() {
    mock.reset();
  }

  @AfterEach
  void noViolations() {
    mock.assertNoViolations();
  }

  /** Polls {@code path} until {@code field} (a JSON pointer) reads {@code expected}; fails after 10 polls. */
  static JsonNode pollUntil(String path, String field, String expected) {
    JsonNode got = null;
    for (int poll = 0; poll < 10; poll++) {
      got = http.expect(200, "GET", path, null);
      if (expected.equals(got.at(field).asText())) {
        return got;
      }
    }
    throw new AssertionError(path + " never reached " + field + " " + expected + "; last " + got);
  }
}
