package dev.brickapi.runtime.auth;

import feign.Client;
import feign.Request;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * OAuth 2.0 client credentials: Azure AD service principals (secret in the form) and Databricks
 * machine-to-machine (secret as HTTP basic auth). The token is cached and fetched again shortly before it
 * expires, or after {@link #invalidate()} ({@link RefreshingTokenSource}).
 */
public final class ClientCredentialsTokenSource implements TokenSource {
  private final String name;
  private final String clientId;
  private final String clientSecret;
  private final String scope;
  private final boolean basicAuth;
  private final TokenEndpoint endpoint;
  private final RefreshingTokenSource tokens;

  public ClientCredentialsTokenSource(String name, String endpoint, String clientId, String clientSecret, String scope,
      boolean basicAuth, Client client, Request.Options options, LongSupplier clockMillis) {
    this.name = name;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.scope = scope;
    this.basicAuth = basicAuth;
    this.endpoint = new TokenEndpoint(name, endpoint, client, options, List.of(clientSecret));
    this.tokens = new RefreshingTokenSource(name, previous -> fetch(clockMillis.getAsLong()), clockMillis);
  }

  @Override
  public String token() {
    return tokens.token();
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
  public void invalidate() {
    tokens.invalidate();
  }

  private Token fetch(long now) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "client_credentials");
    form.put("scope", scope);
    Map<String, String> headers = Collections.emptyMap();
    if (basicAuth) {
      String pair = clientId + ":" + clientSecret;
      headers = Collections.singletonMap("Authorization",
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    } else {
      form.put("client_id", clientId);
      form.put("client_secret", clientSecret);
    }
    TokenEndpoint.Reply reply = endpoint.post(form, headers, "check the host and the network (proxy, firewall)");
    String token = reply.text("access_token");
    if (!reply.ok() || token == null) {
      throw endpoint.refused(reply, "POST", "the token endpoint refused the client credentials of client " + clientId,
          null);
    }
    java.time.Instant expiry = TokenExpiry.secondsFrom(reply.json.get("expires_in"), now);
    return new Token(token, expiry != null ? expiry : java.time.Instant.ofEpochMilli(now).plusSeconds(3600));
  }

  @Override
  public String toString() {
    return name + "(client " + clientId + " at " + endpoint.shown() + ")";
  }
}
