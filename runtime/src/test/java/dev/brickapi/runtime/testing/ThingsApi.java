package dev.brickapi.runtime.testing;

import com.fasterxml.jackson.databind.JsonNode;
import feign.Headers;
import feign.RequestLine;
import java.util.Map;

/** A service interface shaped as the generator writes one, for runtime tests that need no particular spec. */
public interface ThingsApi {
  @RequestLine("GET /api/2.0/things/get")
  JsonNode get();

  @RequestLine("POST /api/2.0/things/create")
  @Headers("Content-Type: application/json")
  JsonNode create(Map<String, String> body);
}
