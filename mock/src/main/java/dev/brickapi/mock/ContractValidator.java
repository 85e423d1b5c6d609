package dev.brickapi.mock;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates one exchange (request and response) with swagger-request-validator against the document that
 * defines the operation; answers the validator's messages, empty when both sides conform.
 */
public final class ContractValidator {

  private final SpecIndex specs;
  private final Map<String, OpenApiInteractionValidator> validators = new ConcurrentHashMap<>();

  public ContractValidator(SpecIndex specs) {
    this.specs = specs;
  }

  public SpecIndex specs() {
    return specs;
  }

  private OpenApiInteractionValidator validator(SpecIndex.Op op) {
    return validators.computeIfAbsent(op.documentName,
        k -> OpenApiInteractionValidator.createForSpecificationUrl(op.document.toUri().toString())
            .withResolveCombinators(true).build());
  }

  /**
   * @param url path and raw query as sent
   * @param status the response's status, or null to validate the request only
   */
  public List<String> validate(String method, String url, Map<String, List<String>> headers, byte[] body,
      Integer status, Map<String, List<String>> responseHeaders, byte[] responseBody) {
    int q = url.indexOf('?');
    String path = q < 0 ? url : url.substring(0, q);
    SpecIndex.Op op = specs.route(method, path);
    List<String> out = new ArrayList<>();
    if (op == null) {
      out.add("request " + method + " " + path + ": no operation of the specs serves it");
      return out;
    }
    path = oneSegment(op, path);
    SimpleRequest.Builder rb = new SimpleRequest.Builder(method, path);
    for (Map.Entry<String, List<String>> e : parseQuery(q < 0 ? "" : url.substring(q + 1)).entrySet()) {
      rb.withQueryParam(e.getKey(), e.getValue());
    }
    headers.forEach((name, values) -> {
      if (!name.equalsIgnoreCase("Authorization")) {
        rb.withHeader(name, values);
      }
    });
    if (body != null && body.length > 0) {
      rb.withBody(body);
    }
    OpenApiInteractionValidator v = validator(op);
    report(out, "request " + method + " " + url(url) + " [" + op + "]", v.validateRequest(rb.build()));
    if (status != null) {
      SimpleResponse.Builder sb = SimpleResponse.Builder.status(status);
      responseHeaders.forEach(sb::withHeader);
      boolean head = method.equalsIgnoreCase("HEAD"); // its body, if any, is the GET's length, never sent
      if (!head && responseBody != null && responseBody.length > 0 && !emptyObjectForNoContent(op, status, responseBody)) {
        sb.withBody(responseBody);
      }
      ValidationReport response = v.validateResponse(path, Request.Method.valueOf(method.toUpperCase()), sb.build());
      if (method.equalsIgnoreCase("HEAD")) {
        // A HEAD answer never has a body (RFC 9110 9.3.2), whatever the GET of the same path would carry.
        response = ValidationReport.from(response.getMessages().stream()
            .filter(m -> !m.getKey().equals("validation.response.body.missing")).toList());
      }
      report(out, "response " + status + " to " + method + " " + url(url) + " [" + op + "]", response);
    }
    return out;
  }

  /**
   * The path with the slashes of a trailing path parameter that holds them (a file path, {@code
   * /api/2.0/fs/files{file_path}}) escaped, so the validator, which matches parameters within one segment, finds the
   * operation; other paths as they are.
   */
  static String oneSegment(SpecIndex.Op op, String path) {
    String template = op.pathTemplate;
    int open = template.lastIndexOf('{');
    if (open < 0 || !template.endsWith("}")) {
      return path;
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(SpecIndex.toRegex(template.substring(0, open)) + "(.+)")
        .matcher(path);
    int last = m.groupCount(); // the template's other parameters are groups too
    return m.matches() ? path.substring(0, m.start(last)) + m.group(last).replace("/", "%2F") : path;
  }

  /**
   * The specs write "200 with no content" for calls that answer {@code {}} (as Databricks does): that body is
   * the documented answer, not an unexpected one.
   */
  private static boolean emptyObjectForNoContent(SpecIndex.Op op, int status, byte[] body) {
    if (op.operation.getResponses() == null) {
      return false;
    }
    io.swagger.v3.oas.models.responses.ApiResponse r = op.operation.getResponses().get(String.valueOf(status));
    return r != null && (r.getContent() == null || r.getContent().isEmpty())
        && new String(body, java.nio.charset.StandardCharsets.UTF_8).trim().equals("{}");
  }

  private static String url(String url) {
    return url.length() > 200 ? url.substring(0, 200) + "..." : url;
  }

  private static void report(List<String> out, String what, ValidationReport report) {
    for (ValidationReport.Message m : report.getMessages()) {
      if (m.getLevel() == ValidationReport.Level.ERROR) {
        out.add(what + ": " + m.getKey() + ": " + m.getMessage()
            + (m.getAdditionalInfo().isEmpty() ? "" : " " + m.getAdditionalInfo()));
      }
    }
  }

  static Map<String, List<String>> parseQuery(String query) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (query.isEmpty()) {
      return out;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
    }
    return out;
  }
}
