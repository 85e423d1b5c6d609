package dev.brickapi.runtime.auth;

import dev.brickapi.runtime.ConfigException;
import dev.brickapi.runtime.UnauthenticatedException;
import feign.Client;
import feign.Request;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OAuth 2.0 for a user at a browser (U2M), as the Databricks CLI does it: the authorization code flow with PKCE
 * (RFC 7636, S256) against {@code /oidc/v1/authorize} and {@code /oidc/v1/token} of the workspace (or
 * {@code /oidc/accounts/<id>/v1/...}), a public client ({@code databricks-cli} unless another client id is set),
 * scopes {@code all-apis offline_access}, the redirect to {@code http://localhost:<port>} ({@link RedirectListener}).
 * Also the refresh of a token it got.
 */
final class AuthorizationCodeLogin {
  static final String SCOPES = "all-apis offline_access";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String NAME = "external-browser";

  private final String authorizeUrl;
  private final String tokenUrl;
  private final String clientId;
  private final BrowserLogin browser;
  private final Client client;
  private final Request.Options options;
  private final String cliLogin;

  /**
   * @param oidc the OIDC base, {@code <host>/oidc/v1} or {@code <host>/oidc/accounts/<id>/v1}
   * @param cliLogin the {@code databricks auth login ...} command that logs in the same way, for messages
   */
  AuthorizationCodeLogin(String oidc, String clientId, BrowserLogin browser, Client client, Request.Options options,
      String cliLogin) {
    this.authorizeUrl = oidc + "/authorize";
    this.tokenUrl = oidc + "/token";
    this.clientId = clientId;
    this.browser = browser;
    this.client = client;
    this.options = options;
    this.cliLogin = cliLogin;
  }

  /** Opens the browser at the authorization page, waits for the redirect and exchanges its code for tokens. */
  Token login(long nowMillis) {
    String verifier = random(32);
    String state = random(16);
    try (RedirectListener listener = RedirectListener.open(browser.redirectPort())) {
      String redirect = "http://localhost:" + listener.port();
      Map<String, String> query = new LinkedHashMap<>();
      query.put("response_type", "code");
      query.put("client_id", clientId);
      query.put("redirect_uri", redirect);
      query.put("scope", SCOPES);
      query.put("state", state);
      query.put("code_challenge", challenge(verifier));
      query.put("code_challenge_method", "S256");
      URI url = URI.create(authorizeUrl + "?" + TokenEndpoint.encode(query));
      try {
        browser.opener().open(url);
      } catch (IOException | RuntimeException e) {
        throw new ConfigException(NAME + ": cannot open a browser at " + authorizeUrl + " (" + e.getMessage()
            + "); log in with `" + cliLogin + "` and use auth_type = databricks-cli");
      }
      Map<String, String> answer = listener.await(browser.timeout(), state);
      if (answer == null) {
        throw new ConfigException(NAME + ": no login came back to " + redirect + " within " + browser.timeout()
            + " after opening " + authorizeUrl + "; log in in the browser that opened, or log in with `" + cliLogin
            + "` and use auth_type = databricks-cli");
      }
      if (!state.equals(answer.get("state"))) {
        throw new ConfigException(NAME + ": the redirect to " + redirect + " answered another login (its state "
            + "differs), so it was refused; log in again");
      }
      if (answer.containsKey("error")) {
        String description = answer.get("error_description");
        throw new UnauthenticatedException(-1, answer.get("error"), NAME + ": the login at " + authorizeUrl
            + " failed: " + answer.get("error") + (description == null ? "" : " (" + firstLine(description) + ")")
            + "; log in again, with a user of this workspace", "GET",
            dev.brickapi.runtime.DatabricksException.pathOf(authorizeUrl), null);
      }
      String code = answer.get("code");
      Map<String, String> form = new LinkedHashMap<>();
      form.put("grant_type", "authorization_code");
      form.put("code", code);
      form.put("redirect_uri", redirect);
      form.put("client_id", clientId);
      form.put("code_verifier", verifier);
      return exchange(form, List.of(code, verifier), nowMillis, "the token endpoint refused the login's code",
          null);
    }
  }

  /** New tokens for a refresh token; a refused one is an {@link UnauthenticatedException} (log in again). */
  Token refresh(String refreshToken, long nowMillis) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "refresh_token");
    form.put("refresh_token", refreshToken);
    form.put("client_id", clientId);
    return exchange(form, List.of(refreshToken), nowMillis, "the token endpoint refused the refresh token", null)
        .keepingRefreshToken(refreshToken);
  }

  private Token exchange(Map<String, String> form, List<String> secrets, long nowMillis, String refusal, String fix) {
    TokenEndpoint endpoint = new TokenEndpoint(NAME, tokenUrl, client, options, secrets);
    TokenEndpoint.Reply reply = endpoint.post(form, Collections.emptyMap(),
        "check the host and the network (proxy, firewall)");
    String access = reply.text("access_token");
    if (!reply.ok() || access == null) {
      throw endpoint.refused(reply, "POST", refusal, fix);
    }
    Instant expiry = TokenExpiry.secondsFrom(reply.json.get("expires_in"), nowMillis);
    return new Token(access, reply.text("refresh_token"), expiry);
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return (newline < 0 ? text : text.substring(0, newline)).trim();
  }

  private static String random(int bytes) {
    byte[] value = new byte[bytes];
    RANDOM.nextBytes(value);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
  }

  /** {@code BASE64URL(SHA-256(verifier))}, the S256 challenge. */
  static String challenge(String verifier) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
