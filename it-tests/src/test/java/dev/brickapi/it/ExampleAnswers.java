package dev.brickapi.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.fasterxml.jackson.databind.JsonNode;
import dev.brickapi.mock.Examples;
import dev.brickapi.mock.MockWorkspace;
import dev.brickapi.mock.SpecIndex;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Stubs that answer an operation with its spec's example success response, whatever the request. */
final class ExampleAnswers {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

  private ExampleAnswers() {}

  /** The operation {@code method path} (a spec path template) answers its example from now on. */
  static void answer(MockWorkspace mock, String method, String pathTemplate) {
    SpecIndex.Op op = mock.specs().operations().stream()
        .filter(o -> o.method.equalsIgnoreCase(method) && o.pathTemplate.equals(pathTemplate)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no operation " + method + " " + pathTemplate));
    answer(mock, op);
  }

  static void answer(MockWorkspace mock, SpecIndex.Op op) {
    Map.Entry<String, ApiResponse> success = Examples.success(op);
    Map.Entry<String, MediaType> media = success == null ? null : Examples.media(success.getValue().getContent());
    var response = aResponse().withStatus(success == null ? 200 : Integer.parseInt(success.getKey()));
    if (media != null) {
      JsonNode example = Examples.of(media.getValue());
      response.withHeader("Content-Type", media.getKey());
      if (media.getKey().contains("json")) {
        response.withBody(example.toString());
      } else {
        response.withBody((example.isTextual() ? example.asText() : example.toString()).getBytes(StandardCharsets.UTF_8));
      }
    }
    mock.stubFor(request(op.method, urlPathMatching(regex(op.pathTemplate))).atPriority(1).willReturn(response));
  }

  private static String regex(String template) {
    StringBuilder out = new StringBuilder();
    Matcher m = PLACEHOLDER.matcher(template);
    int last = 0;
    while (m.find()) {
      out.append(Pattern.quote(template.substring(last, m.start())));
      out.append(m.end() == template.length() ? ".+" : "[^/]+");
      last = m.end();
    }
    return out.append(Pattern.quote(template.substring(last))).toString();
  }
}
