package dev.brickapi.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.runtime.testing.FaultCount;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brickapi.runtime.ApiClient;
import dev.brickapi.runtime.TransportException;
import dev.brickapi.runtime.testing.LoopbackServer;
import dev.brickapi.runtime.testing.LoopbackServer.Reply;
import dev.brickapi.runtime.testing.TestClients;
import feign.RequestLine;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag(FaultCount.TAG)
class JsonCodecTest {

  interface Runs {
    @RequestLine("POST /api/2.2/jobs/run-now")
    JsonNode runNow(Map<String, Object> body);

    @RequestLine("POST /api/2.2/jobs/cancel")
    void cancel(Map<String, Object> body);
  }

  @Test
  void numbersTheModelsDoNotTypeAreKeptDigitForDigit() throws Exception {
    ObjectMapper mapper = JsonCodec.newMapper();
    String json = "{\"ratio\":0.1000000000000000055511151231257827,\"big\":12345678901234567890123,\"plain\":1.50}";
    assertEquals(json, mapper.writeValueAsString(mapper.readTree(json)));
  }

  @Test
  void successWithoutTheDocumentedBodyIsATypedErrorNotNull() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> Reply.of(200, "application/json", ""))) {
      Runs runs = ApiClient.workspace(TestClients.config(server.url()).token("dapi-empty").build()).service(Runs.class);
      TransportException e = assertThrows(TransportException.class, () -> runs.runNow(Map.of("job_id", 1)));
      assertEquals(200, e.status());
      assertTrue(e.getMessage().contains("POST /api/2.2/jobs/run-now failed: HTTP 200: the 200 response has no body, "
          + "but the API documents one (JsonNode)"), e.getMessage());
      runs.cancel(Map.of("run_id", 1)); // an operation that documents no body answers nothing, as it should
    }
  }
}
