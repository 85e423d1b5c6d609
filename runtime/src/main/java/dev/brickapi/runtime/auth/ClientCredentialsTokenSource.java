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
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OAuth 2.0 client credentials: Azure AD service principals (secret in the form) and Databricks
 * machine-to-machine (secret as HTTP basic auth). The token is cached and fetched again shortly before it
 * expires, or after {@link #invalidate()}.
 */
public final class ClientCredentialsTokenSource implements TokenSource {
  private static final Logger LOG = LoggerFactory.getLogger(ClientCredentialsTokenSource.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MAX_MARGIN_MILLIS = 60_000;

  private final String name;
  private final String endpoint;
  private final String clientId;
  private final String clientSecret;
  private final String scope;
  private final boolean basicAuth;
  private final Client client;
  private final Request.Options options;
  private final LongSupplier clockMillis;
  private String token;
  private long refreshAtMillis;

  public ClientCredentialsTokenSource(String name, String endpoint, String clientId, String clientSecret, String scope,
      boolean basicAuth, Client client, Request.Options options, LongSupplier clockMillis) {
    this.name = name;
    this.endpoint = endpoint;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.scope = scope;
    this.basicAuth = basicAuth;
    this.client = client;
    this.options = options;
    this.clockMillis = clockMillis;
  }

  @Override
  public synchronized String token() {
    if (token == null || clockMillis.getAsLong() >= refreshAtMillis) {
      fetch();
    }
    return token;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean refreshable() {
    return true;
  }

  @Override
  public synchronized void invalidate() {
    token = null;
  }

  private void fetch() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "client_credentials");
    form.put("scope", scope);
    Map<String, Collection<String>> headers = new LinkedHashMap<>();
    headers.put("Content-Type", Collections.singletonList("application/x-www-form-urlencoded"));
    headers.put("Accept", Collections.singletonList("application/json"));
    if (basicAuth) {
      String pair = clientId + ":" + clientSecret;
      headers.put("Authorization", Collections.singletonList(
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8))));
    } else {
      form.put("client_id", clientId);
      form.put("client_secret", clientSecret);
    }
    byte[] body = encode(form).getBytes(StandardCharsets.UTF_8);
    Request request = Request.create(Request.HttpMethod.POST, endpoint, headers, body, StandardCharsets.UTF_8, null);
    long started = clockMillis.getAsLong();
    try (Response response = client.execute(request, options)) {
      JsonNode json = read(response);
      if (response.status() / 100 != 2 || !json.hasNonNull("access_token")) {
        String error = json.path("error").asText("");
        String description = json.path("error_description").asText("");
        throw new UnauthenticatedException(response.status(), error.isEmpty() ? null : error,
            name + ": the token endpoint refused the client credentials of client " + clientId
                + (description.isEmpty() ? "" : ": " + new Redactor(List.of(clientSecret)).redact(firstLine(description))),
            "POST", DatabricksException.pathOf(endpoint), null);
      }
      long lifetime = json.path("expires_in").asLong(3600) * 1000;
      token = json.get("access_token").asText();
      refreshAtMillis = started + lifetime - Math.min(MAX_MARGIN_MILLIS, lifetime / 2);
      LOG.debug("{}: fetched a token from {} valid for {} s", name, endpoint, lifetime / 1000);
    } catch (IOException e) {
      throw new TransportException(-1, null, name + ": cannot reach the token endpoint: " + e.getMessage(), "POST",
          DatabricksException.pathOf(endpoint), e);
    }
  }

  private static JsonNode read(Response response) throws IOException {
    if (response.body() == null) {
      return JSON.createObjectNode();
    }
    try (InputStream in = response.body().asInputStream()) {
      JsonNode node = JSON.readTree(in);
      return node == null ? JSON.createObjectNode() : node;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return JSON.createObjectNode();
    }
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return (newline < 0 ? text : text.substring(0, newline)).trim();
  }

  private static String encode(Map<String, String> form) {
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

  @Override
  public String toString() {
    return name + "(client " + clientId + " at " + endpoint + ")";
  }
}
