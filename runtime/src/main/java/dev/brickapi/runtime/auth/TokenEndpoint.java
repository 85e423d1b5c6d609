package dev.brickapi.runtime.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brickapi.runtime.DatabricksException;
import dev.brickapi.runtime.TransportException;
import dev.brickapi.runtime.UnauthenticatedException;
import dev.brickapi.runtime.http.Redactor;
import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HTTP endpoint that hands out tokens as JSON: an OAuth token endpoint (form POST), a managed identity or
 * ID token endpoint (GET). Unreachable: a {@link TransportException} naming the endpoint and the fix. The caller
 * decides what a refusal means ({@link #refused}); its message keeps the endpoint's {@code error_description}, with
 * the request's secrets and anything like a credential masked.
 */
final class TokenEndpoint {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The status and JSON body (an empty object when the body was no JSON) of one answer. */
  static final class Reply {
    final int status;
    final JsonNode json;

    Reply(int status, JsonNode json) {
      this.status = status;
      this.json = json;
    }

    boolean ok() {
      return status / 100 == 2;
    }

    String text(String field) {
      JsonNode value = json.get(field);
      return value == null || value.isNull() || value.asText().isEmpty() ? null : value.asText();
    }
  }

  private final String name;
  private final String url;
  private final Client client;
  private final Request.Options options;
  private final Redactor redactor;

  /**
   * @param name the method, first word of every message
   * @param url the endpoint, possibly with a query
   * @param secrets values to mask in messages (the request's client secret, refresh token, ...)
   */
  TokenEndpoint(String name, String url, Client client, Request.Options options, Collection<String> secrets) {
    this.name = name;
    this.url = url;
    this.client = client;
    this.options = options;
    this.redactor = new Redactor(secrets).forTokenRequests(Collections.emptyList());
  }

  /** The endpoint without its query, as messages show it. */
  String shown() {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  /** A form POST; {@code fix} says what to do when the endpoint cannot be reached. */
  Reply post(Map<String, String> form, Map<String, String> headers, String fix) {
    Map<String, Collection<String>> all = headers(headers);
    all.put("Content-Type", Collections.singletonList("application/x-www-form-urlencoded"));
    byte[] body = encode(form).getBytes(StandardCharsets.UTF_8);
    return send(Request.create(Request.HttpMethod.POST, url, all, body, StandardCharsets.UTF_8, null), fix);
  }

  /** A GET with more query parameters added to the endpoint's own. */
  Reply get(Map<String, String> query, Map<String, String> headers, String fix) {
    String target = query.isEmpty() ? url : url + (url.contains("?") ? "&" : "?") + encode(query);
    return send(Request.create(Request.HttpMethod.GET, target, headers(headers), null, StandardCharsets.UTF_8, null),
        fix);
  }

  /**
   * The exception of an answer that gave no token: {@code what} happened, the endpoint's own reason, then the
   * {@code fix} (or null).
   */
  UnauthenticatedException refused(Reply reply, String method, String what, String fix) {
    String error = reply.text("error");
    String description = firstLine(reply.text("error_description"));
    if (description == null) {
      description = firstLine(reply.text("message"));
    }
    return new UnauthenticatedException(reply.status, error, name + ": " + what
        + (description == null ? "" : ": " + redactor.redact(description)) + (fix == null ? "" : "; " + fix), method,
        DatabricksException.pathOf(url), null);
  }

  private Reply send(Request request, String fix) {
    try (Response response = client.execute(request, options)) {
      return new Reply(response.status(), read(response));
    } catch (IOException e) {
      throw new TransportException(-1, null, name + ": cannot reach " + shown() + ": " + redactor.redact(
          String.valueOf(e.getMessage())) + (fix == null ? "" : "; " + fix), request.httpMethod().name(),
          DatabricksException.pathOf(url), e);
    }
  }

  private static Map<String, Collection<String>> headers(Map<String, String> headers) {
    Map<String, Collection<String>> all = new LinkedHashMap<>();
    all.put("Accept", Collections.singletonList("application/json"));
    headers.forEach((k, v) -> all.put(k, Collections.singletonList(v)));
    return all;
  }

  private static JsonNode read(Response response) throws IOException {
    if (response.body() == null) {
      return JSON.createObjectNode();
    }
    try (InputStream in = response.body().asInputStream()) {
      JsonNode node = JSON.readTree(in);
      return node == null || !node.isObject() ? JSON.createObjectNode() : node;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return JSON.createObjectNode();
    }
  }

  private static String firstLine(String text) {
    if (text == null) {
      return null;
    }
    int newline = text.indexOf('\n');
    String line = (newline < 0 ? text : text.substring(0, newline)).trim();
    return line.isEmpty() ? null : line;
  }

  static String encode(Map<String, String> form) {
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, String> entry : form.entrySet()) {
      if (text.length() > 0) {
        text.append('&');
      }
      text.append(URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8)).append('=')
          .append(URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8));
    }
    return text.toString();
  }
}
